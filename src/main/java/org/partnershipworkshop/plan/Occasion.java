package org.partnershipworkshop.plan;

import java.time.LocalDate;
import java.time.YearMonth;

/** One time a row's work is to happen: from {@code start} to {@code end}, due on {@code end}. */
public record Occasion(LocalDate start, LocalDate end) {

    public Occasion {
        if (start == null || end == null || end.isBefore(start)) {
            throw new IllegalArgumentException("an occasion needs a start on or before its end");
        }
    }

    public static Occasion on(LocalDate day) {
        return new Occasion(day, day);
    }

    public static Occasion months(YearMonth from, YearMonth to) {
        return new Occasion(from.atDay(1), to.atEndOfMonth());
    }

    public LocalDate due() {
        return end;
    }

    /** The month whose report the occasion belongs to: the month it is due in. */
    public YearMonth month() {
        return YearMonth.from(end);
    }
}
