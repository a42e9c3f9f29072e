package org.partnershipworkshop.plan;

/**
 * What a term of the plan says, as the parser understood it. The first group names dates (each becomes one
 * or more occasions with a due date), the second says the work goes on without a date of its own.
 */
public enum TermKind {
    /** «20 марта», «20 март», "March 20". */
    DATE,
    /** «12-13 февраля», "12-13 February", «30 января – 2 февраля». */
    RANGE,
    /** «Февраль», "February". */
    MONTH,
    /** «Январь-март», "January-March". */
    MONTHS,
    /** «I квартал», «2 тримесечие», "Q3". */
    QUARTER,
    /** «I полугодие», "first half of the year". */
    HALF_YEAR,
    /** «Ежемесячно», «Ежемесечно», "Monthly". */
    MONTHLY,
    /** «Ежеквартально», «Ежетримесечно», "Quarterly". */
    QUARTERLY,
    /** «Еженедельно», «Ежеседмично», "Weekly": reported month by month. */
    WEEKLY,
    /** «Ежегодно», "Annually": once, by the end of the year. */
    YEARLY,
    /** «2 раза в год», «2 пъти годишно», "twice a year". */
    TIMES_A_YEAR,
    /** «Постоянно», «В течение года», «През годината», "Ongoing". */
    ONGOING,
    /** «По графику», «По отдельному графику», «По график», "As scheduled". */
    SCHEDULED,
    /** «По мере необходимости», «При необходимост», "As needed". */
    AS_NEEDED,
    /** No term written (a heading row). */
    NONE,
    /** Written, kept as written, not understood. */
    UNKNOWN;

    /** Whether the term has no date of its own: the work goes on (or waits for a schedule or a need). */
    public boolean ongoing() {
        return this == ONGOING || this == SCHEDULED || this == AS_NEEDED;
    }

    public String labelKey() {
        return "plan.term." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
