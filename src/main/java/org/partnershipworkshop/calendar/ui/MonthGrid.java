package org.partnershipworkshop.calendar.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.partnershipworkshop.calendar.CalendarEntry;

/**
 * The weeks of a month as a calendar draws them — whole weeks from the locale's first weekday, so the
 * grid starts and ends with days of the neighbouring months — and each meeting as a bar per week it touches:
 * from its first to its last day in that week, in the lowest lane free over those days. A meeting that began
 * the week before or goes on into the next says so, so the bar can be drawn open at that end.
 */
record MonthGrid(YearMonth month, List<Week> weeks) {

    /** One week: its seven days, the bars in it and how many lanes they need. */
    record Week(List<LocalDate> days, List<Bar> bars, int lanes) {
    }

    /** A meeting in one week: columns 0–6, both ends included. */
    record Bar(CalendarEntry meeting, int fromColumn, int toColumn, int lane, boolean continuesBefore,
               boolean continuesAfter) {
    }

    MonthGrid {
        weeks = List.copyOf(weeks);
    }

    /** The first day the grid shows (in the previous month unless the month starts on the first weekday). */
    static LocalDate firstShown(YearMonth month, DayOfWeek firstDay) {
        return month.atDay(1).with(TemporalAdjusters.previousOrSame(firstDay));
    }

    /** The last day the grid shows. */
    static LocalDate lastShown(YearMonth month, DayOfWeek firstDay) {
        return month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(firstDay.minus(1)));
    }

    static MonthGrid of(YearMonth month, DayOfWeek firstDay, List<CalendarEntry> meetings) {
        List<CalendarEntry> ordered = meetings.stream()
                .sorted(Comparator.comparing(CalendarEntry::startDate)
                        .thenComparing(Comparator.comparing(CalendarEntry::endDate).reversed())
                        .thenComparingLong(CalendarEntry::id))
                .toList();
        List<Week> weeks = new ArrayList<>();
        LocalDate last = lastShown(month, firstDay);
        for (LocalDate start = firstShown(month, firstDay); !start.isAfter(last); start = start.plusWeeks(1)) {
            weeks.add(week(start, ordered));
        }
        return new MonthGrid(month, weeks);
    }

    private static Week week(LocalDate start, List<CalendarEntry> meetings) {
        LocalDate end = start.plusDays(6);
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            days.add(start.plusDays(i));
        }
        List<Bar> bars = new ArrayList<>();
        List<Integer> laneEnds = new ArrayList<>(); // per lane: the last column taken so far
        for (CalendarEntry m : meetings) {
            if (m.endDate().isBefore(start) || m.startDate().isAfter(end)) {
                continue;
            }
            int from = m.startDate().isBefore(start) ? 0 : (int) ChronoUnit.DAYS.between(start, m.startDate());
            int to = m.endDate().isAfter(end) ? 6 : (int) ChronoUnit.DAYS.between(start, m.endDate());
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane) >= from) {
                lane++;
            }
            if (lane == laneEnds.size()) {
                laneEnds.add(to);
            } else {
                laneEnds.set(lane, to);
            }
            bars.add(new Bar(m, from, to, lane, m.startDate().isBefore(start), m.endDate().isAfter(end)));
        }
        return new Week(days, bars, laneEnds.size());
    }
}
