package org.partnershipworkshop.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Whether the breakdowns add up (decision 0142): a complete breakdown's parts must sum to the planned value, a
 * partial one's («в том числе», «из них») stay within it. A breakdown that does not is a warning, never a
 * refusal: the seed's own visit totals disagree, and the plan says so rather than hiding it.
 */
public final class IndicatorCheck {

    /** A breakdown that does not add up: the indicator, which breakdown, its sum and the planned value. */
    public record Warning(String indicatorId, int breakdown, String label, boolean complete, BigDecimal planned,
                          BigDecimal sum) {
    }

    private IndicatorCheck() {
    }

    public static List<Warning> warnings(Plan plan) {
        Map<String, Indicator> byId = plan.indicators().collect(Collectors.toMap(Indicator::id, Function.identity(), (a, b) -> a));
        List<Warning> warnings = new ArrayList<>();
        plan.indicators().forEach(indicator -> {
            for (int b = 0; b < indicator.breakdowns().size(); b++) {
                Indicator.Breakdown breakdown = indicator.breakdowns().get(b);
                BigDecimal sum = sum(breakdown, byId);
                if (indicator.planned() == null || sum == null) {
                    continue;
                }
                int compared = sum.compareTo(indicator.planned());
                if (breakdown.complete() ? compared != 0 : compared > 0) {
                    warnings.add(new Warning(indicator.id(), b, breakdown.label(), breakdown.complete(), indicator.planned(), sum));
                }
            }
        });
        return warnings;
    }

    /** The sum of a breakdown's parts, or null when a part has no planned value to count. */
    public static BigDecimal sum(Indicator.Breakdown breakdown, Map<String, Indicator> byId) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Indicator.Part part : breakdown.parts()) {
            BigDecimal value = part.indicator() == null ? part.planned()
                    : byId.containsKey(part.indicator()) ? byId.get(part.indicator()).planned() : null;
            if (value == null) {
                return null;
            }
            sum = sum.add(value);
        }
        return sum;
    }

    /** The name a part is shown with: its own label, else the indicator it names. */
    public static String partLabel(Indicator.Part part, Map<String, Indicator> byId) {
        if (part.label() != null) {
            return part.label();
        }
        Indicator named = byId.get(part.indicator());
        return named == null ? part.indicator() : named.name();
    }
}
