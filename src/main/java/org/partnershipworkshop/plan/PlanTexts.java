package org.partnershipworkshop.plan;

import java.util.ArrayList;
import java.util.List;
import org.partnershipworkshop.documents.Labels;

/**
 * What the plan's page writes as the printouts write it: the sections' numbers (II, III … and 1., 1.1. below),
 * an indicator's name with its unit, a breakdown with its sum and the difference when it does not add up, the
 * responsible people's names, amounts — so the screen and the PDF never disagree.
 */
public final class PlanTexts {

    /** A section with its number and depth (1 at the top). */
    public record Numbered(Section section, String number, int level) {
    }

    private final PlanLayout layout;

    public PlanTexts(PlanPage page, Labels labels) {
        this.layout = new PlanLayout(page, labels);
    }

    /** Every section in print order with its number. */
    public static List<Numbered> sections(Plan plan) {
        List<Numbered> all = new ArrayList<>();
        PlanLayout.walk(plan.sections(), "", null, 1, (s, number, parent, level) -> all.add(new Numbered(s, number, level)));
        return all;
    }

    public String name(Indicator indicator) {
        return layout.name(indicator);
    }

    public String breakdown(Indicator indicator, int breakdown) {
        return layout.breakdown(indicator, breakdown);
    }

    public List<String> names(Row row) {
        return layout.names(row);
    }

    public String amount(java.math.BigDecimal value) {
        return layout.amount(value);
    }
}
