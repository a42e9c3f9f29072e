package org.partnershipworkshop.catalogue;

import java.util.function.BiFunction;

/** A practice's years as people write them: "2020–2021", "2020", "since 2020"; null when unknown. */
public final class PracticePeriod {

    private PracticePeriod() {
    }

    /** {@code translate} is a view's or a document's text lookup (key, arguments). */
    public static String text(PracticeFacts facts, BiFunction<String, Object[], String> translate) {
        if (facts.fromYear() == null) {
            return null;
        }
        String from = String.valueOf(facts.fromYear());
        if (facts.toYear() == null) {
            return translate.apply("practice.period.since", new Object[] {from});
        }
        return facts.toYear().equals(facts.fromYear()) ? from
                : translate.apply("practice.period.range", new Object[] {from, String.valueOf(facts.toYear())});
    }
}
