package org.partnershipworkshop.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.calendar.CalendarEntry;
import org.partnershipworkshop.calendar.MeetingStatus;

/** The month grid without a browser: whole weeks, and meetings as bars over their days in free lanes. */
class MonthGridTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    private static CalendarEntry meeting(long id, String start, String end) {
        return new CalendarEntry(id, "m" + id, null, LocalDate.parse(start), LocalDate.parse(end), null, List.of(),
                MeetingStatus.PLANNED);
    }

    @Test
    void showsWholeWeeksFromMondayAroundTheMonth() {
        MonthGrid grid = MonthGrid.of(NOVEMBER, DayOfWeek.MONDAY, List.of());
        // 1 November 2026 is a Sunday, 30 November a Monday
        assertThat(grid.weeks()).hasSize(6);
        assertThat(grid.weeks().getFirst().days().getFirst()).isEqualTo(LocalDate.of(2026, 10, 26));
        assertThat(grid.weeks().getFirst().days().get(6)).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(grid.weeks().getLast().days().getFirst()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(grid.weeks().getLast().days().getLast()).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(grid.weeks()).allSatisfy(w -> assertThat(w.days().getFirst().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY));
        assertThat(MonthGrid.firstShown(NOVEMBER, DayOfWeek.MONDAY)).isEqualTo(LocalDate.of(2026, 10, 26));
        assertThat(MonthGrid.lastShown(NOVEMBER, DayOfWeek.MONDAY)).isEqualTo(LocalDate.of(2026, 12, 6));
        // a February that starts on a Monday and has 28 days is exactly four weeks
        assertThat(MonthGrid.of(YearMonth.of(2027, 2), DayOfWeek.MONDAY, List.of()).weeks()).hasSize(4);
    }

    @Test
    void aMeetingOverAWeekendIsOneBarPerWeekOpenAtTheBreak() {
        // Thursday 26 November to Tuesday 1 December
        MonthGrid grid = MonthGrid.of(NOVEMBER, DayOfWeek.MONDAY, List.of(meeting(1, "2026-11-26", "2026-12-01")));
        MonthGrid.Week fourth = grid.weeks().get(4); // 23–29 November
        assertThat(fourth.bars()).singleElement().satisfies(bar -> {
            assertThat(bar.fromColumn()).isEqualTo(3);
            assertThat(bar.toColumn()).isEqualTo(6);
            assertThat(bar.continuesBefore()).isFalse();
            assertThat(bar.continuesAfter()).isTrue();
        });
        MonthGrid.Week fifth = grid.weeks().get(5); // 30 November – 6 December
        assertThat(fifth.bars()).singleElement().satisfies(bar -> {
            assertThat(bar.fromColumn()).isEqualTo(0);
            assertThat(bar.toColumn()).isEqualTo(1);
            assertThat(bar.continuesBefore()).isTrue();
            assertThat(bar.continuesAfter()).isFalse();
        });
        assertThat(grid.weeks().subList(0, 4)).allSatisfy(w -> assertThat(w.bars()).isEmpty());
    }

    @Test
    void overlappingMeetingsTakeSeparateLanesAndAFreedLaneIsReused() {
        MonthGrid grid = MonthGrid.of(NOVEMBER, DayOfWeek.MONDAY, List.of(
                meeting(3, "2026-11-19", "2026-11-19"),   // Thursday
                meeting(1, "2026-11-16", "2026-11-18"),   // Monday–Wednesday
                meeting(2, "2026-11-18", "2026-11-20"),   // Wednesday–Friday: overlaps 1 on Wednesday
                meeting(4, "2026-11-21", "2026-11-22"))); // weekend: fits after 1 again
        MonthGrid.Week week = grid.weeks().get(3); // 16–22 November
        assertThat(week.lanes()).as("Wednesday has two meetings, no day has three").isEqualTo(2);
        assertThat(week.bars()).extracting(b -> b.meeting().id(), MonthGrid.Bar::lane, MonthGrid.Bar::fromColumn,
                MonthGrid.Bar::toColumn).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1L, 0, 0, 2),
                org.assertj.core.groups.Tuple.tuple(2L, 1, 2, 4),
                org.assertj.core.groups.Tuple.tuple(3L, 0, 3, 3),
                org.assertj.core.groups.Tuple.tuple(4L, 0, 5, 6));
        // no two bars of a lane share a day
        for (MonthGrid.Bar a : week.bars()) {
            for (MonthGrid.Bar b : week.bars()) {
                if (a != b && a.lane() == b.lane()) {
                    assertThat(a.toColumn() < b.fromColumn() || b.toColumn() < a.fromColumn()).isTrue();
                }
            }
        }
    }

    @Test
    void aMeetingLongerThanTheMonthCoversEveryWeek() {
        MonthGrid grid = MonthGrid.of(NOVEMBER, DayOfWeek.MONDAY, List.of(meeting(9, "2026-10-01", "2027-01-31")));
        assertThat(grid.weeks()).allSatisfy(w -> assertThat(w.bars()).singleElement().satisfies(bar -> {
            assertThat(bar.fromColumn()).isZero();
            assertThat(bar.toColumn()).isEqualTo(6);
            assertThat(bar.continuesBefore()).isTrue();
            assertThat(bar.continuesAfter()).isTrue();
        }));
    }
}
