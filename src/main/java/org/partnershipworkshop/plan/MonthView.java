package org.partnershipworkshop.plan;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * A month of the plan: what is due (and where it stands), what is overdue from earlier months, what was done
 * (by the facts of the month), what goes on without a date, and each indicator's actual value of the month
 * with its total so far — the monthly report to the management is printed from it.
 */
public record MonthView(long planId, YearMonth month, List<DueRow> due, List<DueRow> overdue, List<DueRow> done,
                        List<DueRow> ongoing, List<IndicatorLine> indicators) {

    /** An indicator's month: planned for the year, the month's value, the total up to the month's end, percent. */
    public record IndicatorLine(String indicatorId, String section, String name, String unit, BigDecimal planned,
                                BigDecimal month, BigDecimal quarter, BigDecimal total, Integer percent) {
    }
}
