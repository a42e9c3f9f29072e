package org.partnershipworkshop.plan;

import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;

/** The period an indicator's actual value is for: a month ({@code 2013-03}) or a quarter ({@code 2013-Q1}). */
public record Period(int year, int month, int quarter) implements Comparable<Period> {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    public Period {
        if ((month == 0) == (quarter == 0) || month < 0 || month > 12 || quarter < 0 || quarter > 4) {
            throw new ValidationFailedException(Violation.of("period", "plan.error.period", year + "-" + month));
        }
    }

    public static Period of(YearMonth month) {
        return new Period(month.getYear(), month.getMonthValue(), 0);
    }

    public static Period quarterOf(int year, int quarter) {
        return new Period(year, 0, quarter);
    }

    public static Period parse(String text) {
        Matcher m = MONTH.matcher(text == null ? "" : text);
        if (m.matches() && Integer.parseInt(m.group(2)) >= 1 && Integer.parseInt(m.group(2)) <= 12) {
            return new Period(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 0);
        }
        Matcher q = QUARTER.matcher(text == null ? "" : text);
        if (q.matches()) {
            return new Period(Integer.parseInt(q.group(1)), 0, Integer.parseInt(q.group(2)));
        }
        throw new ValidationFailedException(Violation.of("period", "plan.error.period", String.valueOf(text)));
    }

    public boolean isQuarter() {
        return quarter > 0;
    }

    /** The quarter a month falls in, or the quarter itself. */
    public int quarterOfYear() {
        return isQuarter() ? quarter : (month - 1) / 3 + 1;
    }

    /** Whether the period ends on or before the month's end (a quarter counts once its last month is reached). */
    public boolean byEndOf(YearMonth until) {
        YearMonth last = isQuarter() ? YearMonth.of(year, quarter * 3) : YearMonth.of(year, month);
        return !last.isAfter(until);
    }

    @Override
    public int compareTo(Period other) {
        int byYear = Integer.compare(year, other.year);
        if (byYear != 0) {
            return byYear;
        }
        int byQuarter = Integer.compare(quarterOfYear(), other.quarterOfYear());
        return byQuarter != 0 ? byQuarter : Integer.compare(isQuarter() ? 13 : month, other.isQuarter() ? 13 : other.month);
    }

    @Override
    @com.fasterxml.jackson.annotation.JsonValue
    public String toString() {
        return isQuarter() ? year + "-Q" + quarter : String.format("%04d-%02d", year, month);
    }
}
