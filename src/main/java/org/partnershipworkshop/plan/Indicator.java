package org.partnershipworkshop.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.Rules;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;

/**
 * A planned indicator of a section (decision 0142): name, unit, planned value (none when the plan gives only
 * its parts), its breakdowns, and the actual values entered per month or quarter.
 */
public record Indicator(String id, String name, String unit, BigDecimal planned, List<Breakdown> breakdowns,
                        List<Actual> actuals) {

    /** A way the planned value is made of parts: complete parts add up to it, «в том числе» parts stay within it. */
    public record Breakdown(String label, boolean complete, List<Part> parts) {

        public Breakdown {
            label = Rules.optional(label, "label", Limits.TITLE);
            parts = Rules.list(parts, "parts", Limits.ENTRIES);
            if (parts.isEmpty()) {
                throw new ValidationFailedException(Violation.of("parts", "error.required"));
            }
        }
    }

    /** A part: a value of its own with a label, or another indicator of the plan by id (its planned value). */
    public record Part(String label, BigDecimal planned, String indicator) {

        public Part {
            label = Rules.optional(label, "label", Limits.TITLE);
            if (indicator != null) {
                PlanLimits.id(indicator, "indicator");
            } else if (planned == null) {
                throw new ValidationFailedException(Violation.of("planned", "error.required"));
            }
            if (planned != null && planned.signum() < 0) {
                throw new ValidationFailedException(Violation.of("planned", "error.negative"));
            }
        }
    }

    /** The actual value of a period. */
    public record Actual(Period period, BigDecimal value) {

        public Actual {
            if (period == null || value == null) {
                throw new ValidationFailedException(Violation.of(period == null ? "period" : "value", "error.required"));
            }
            if (value.signum() < 0) {
                throw new ValidationFailedException(Violation.of("value", "error.negative"));
            }
        }
    }

    public Indicator {
        id = PlanLimits.id(id, "id");
        name = Rules.required(name, "name", Limits.TEXT);
        unit = Rules.optional(unit, "unit", 100);
        if (planned != null && planned.signum() < 0) {
            throw new ValidationFailedException(Violation.of("planned", "error.negative"));
        }
        planned = org.partnershipworkshop.base.Numbers.measure(planned, "planned");
        breakdowns = Rules.list(breakdowns, "breakdowns", 20);
        actuals = Rules.list(actuals, "actuals", 100).stream().sorted(java.util.Comparator.comparing(Actual::period)).toList();
        for (int i = 0; i < actuals.size(); i++) {
            Period p = actuals.get(i).period();
            for (int j = 0; j < i; j++) {
                Period q = actuals.get(j).period();
                if (p.equals(q)) {
                    throw new ValidationFailedException(Violation.of("actuals[" + i + "].period", "plan.error.actualTwice", p.toString()));
                }
                if (p.year() == q.year() && p.quarterOfYear() == q.quarterOfYear() && p.isQuarter() != q.isQuarter()) {
                    throw new ValidationFailedException(Violation.of("actuals[" + i + "].period", "plan.error.quarterAndMonth",
                            p.toString(), q.toString()));
                }
            }
        }
    }

    /** The sum of the actual values up to the end of a month (all of them when {@code until} is null). */
    public BigDecimal actual(java.time.YearMonth until) {
        return actuals.stream().filter(a -> until == null || a.period().byEndOf(until)).map(Actual::value)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Indicator withActual(Period period, BigDecimal value) {
        List<Actual> next = new ArrayList<>(actuals.stream().filter(a -> !a.period().equals(period)).toList());
        if (value != null) {
            next.add(new Actual(period, value));
        }
        return new Indicator(id, name, unit, planned, breakdowns, next);
    }

    public Indicator withData(Indicator data) {
        return new Indicator(id, data.name(), data.unit(), data.planned(), data.breakdowns(), actuals);
    }
}
