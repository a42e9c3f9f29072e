package org.partnershipworkshop.plan;

import java.util.List;

/**
 * «План на 2014 год из плана 2013» (decision 0146): the same sections, rows, indicators and staff for the next
 * year; terms written without a year shift with the plan («20 марта» is 20 March of the new year), a year
 * written in a term or the title moves on by one; facts and actual values are cleared, links to meetings and
 * actions dropped (they were last year's), practices and publications kept; a draft again.
 */
final class NextYear {

    private NextYear() {
    }

    static Plan of(Plan plan, int year) {
        int shift = year - plan.year();
        String title = plan.header().title().replace(String.valueOf(plan.year()), String.valueOf(year));
        Plan next = new Plan(plan.header().withYear(year, title), PlanStatus.DRAFT, null, plan.intro(), plan.staff(),
                plan.sections());
        return next.mapSections(s -> s.withRows(s.rows().stream().map(r -> row(r, shift)).toList())
                .withIndicators(s.indicators().stream().map(i -> new Indicator(i.id(), i.name(), i.unit(), i.planned(),
                        i.breakdowns(), List.of())).toList()));
    }

    private static Row row(Row r, int shift) {
        Link link = r.link() == null || r.link().kind() == LinkKind.MEETING || r.link().kind() == LinkKind.ACTION ? null : r.link();
        return new Row(r.id(), r.text(), r.heading(), r.level(), shiftYears(r.term(), shift), r.responsible(), r.audience(),
                r.forLibraries(), r.form(), r.place(), link, r.note(), List.of(), 0);
    }

    /** Every four-digit year 1990–2199 in a term, moved on by {@code shift}. */
    static String shiftYears(String term, int shift) {
        if (term == null) {
            return null;
        }
        return java.util.regex.Pattern.compile("(?<!\\d)(19[9]\\d|2[01]\\d\\d)(?!\\d)").matcher(term)
                .replaceAll(m -> String.valueOf(Integer.parseInt(m.group(1)) + shift));
    }
}
