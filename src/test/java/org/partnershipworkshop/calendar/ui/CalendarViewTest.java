package org.partnershipworkshop.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.BrowserlessTest;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.live.JoinService;
import org.partnershipworkshop.live.RoomService;
import org.partnershipworkshop.live.Phase;
import org.partnershipworkshop.calendar.CalendarEntry;
import org.partnershipworkshop.meeting.Feedback;
import org.partnershipworkshop.meeting.MeetingFacts;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.calendar.MeetingStatus;
import org.partnershipworkshop.meeting.NewMeeting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The regional calendar without a browser: a month's meetings as bars over their days, each with its status
 * from its days and its room; the year as a list; the region filter.
 */
@BrowserlessTest
@WithMockUser(username = "manager", roles = {"MANAGER"})
class CalendarViewTest extends SpringBrowserlessTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    org.partnershipworkshop.calendar.CalendarService calendar;
    @Autowired
    JoinService joining;
    @Autowired
    RoomService room;

    String region;

    @BeforeEach
    void uniqueRegion() {
        region = "Тестова област " + System.nanoTime();
    }

    private long meeting(String title, LocalDate start, LocalDate end, String... regions) {
        MeetingFacts facts = new MeetingFacts(title, "Семинар", null, Language.BG, start, end, "Смолян", null,
                List.of(), List.of(regions), null);
        return SystemTask.run(() -> meetings.create(new NewMeeting(facts, List.of(), List.of(), List.of(), Feedback.NONE)));
    }

    private List<Anchor> bars(long meetingId) {
        return $(Anchor.class).all().stream().filter(a -> a.hasClassName("month-bar"))
                .filter(a -> String.valueOf(meetingId).equals(a.getElement().getAttribute("data-meeting"))).toList();
    }

    /** Opens the calendar with these query parameters, as a link or the view's own buttons do. */
    private CalendarView open(String... keysAndValues) {
        java.util.Map<String, String> query = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            query.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        com.vaadin.flow.component.UI.getCurrent().navigate("calendar", com.vaadin.flow.router.QueryParameters.simple(query));
        return (CalendarView) getCurrentView();
    }

    private static String status(Anchor bar) {
        return bar.getElement().getAttribute("data-status");
    }

    @Test
    void aMonthShowsEachMeetingOverItsDaysWithItsStatus() {
        long planned = meeting("Планирана школа", LocalDate.of(2031, 3, 4), LocalDate.of(2031, 3, 4), region);
        long overWeekend = meeting("Среща през уикенда", LocalDate.of(2031, 3, 6), LocalDate.of(2031, 3, 10), region);
        long running = meeting("Работа по групи", LocalDate.of(2031, 3, 12), LocalDate.of(2031, 3, 13), region);
        long closed = meeting("Закрита предварително", LocalDate.of(2031, 3, 20), LocalDate.of(2031, 3, 21), region);
        long elsewhere = meeting("В друга област", LocalDate.of(2031, 3, 4), LocalDate.of(2031, 3, 5), region + " друга");
        SystemTask.run(() -> room.setPhase(running, Phase.GROUP_WORK));
        SystemTask.run(() -> room.setPhase(closed, Phase.CLOSED));
        SystemTask.run(() -> joining.joinInfo(planned)); // a room opened but not used stays "planned"

        CalendarView view = open("month", "2031-03", "region", region);
        assertThat(view.shownMonth()).isEqualTo(YearMonth.of(2031, 3));
        assertThat(view.showsList()).isFalse();

        Div grid = $(Div.class).all().stream().filter(d -> d.hasClassName("month-grid")).findFirst().orElseThrow();
        assertThat(grid.getElement().getAttribute("data-month")).isEqualTo("2031-03");
        // March 2031 starts on a Saturday: 24 February to 6 April, six weeks of Monday to Sunday
        List<Div> days = $(Div.class).all().stream().filter(d -> d.hasClassName("month-day")).toList();
        assertThat(days).hasSize(42);
        assertThat(days.getFirst().getElement().getAttribute("data-date")).isEqualTo("2031-02-24");
        assertThat(days.getFirst().hasClassName("other-month")).isTrue();
        assertThat(days.getLast().getElement().getAttribute("data-date")).isEqualTo("2031-04-06");

        assertThat(bars(planned)).singleElement().satisfies(bar -> {
            assertThat(status(bar)).isEqualTo("PLANNED");
            assertThat(bar.getStyle().get("grid-column")).isEqualTo("2 / 3"); // Tuesday
        });
        List<Anchor> weekend = bars(overWeekend);
        assertThat(weekend).hasSize(2);
        assertThat(weekend.getFirst().getStyle().get("grid-column")).isEqualTo("4 / 8"); // Thursday to Sunday
        assertThat(weekend.getFirst().hasClassName("continues-after")).isTrue();
        assertThat(weekend.getLast().getStyle().get("grid-column")).isEqualTo("1 / 2"); // Monday
        assertThat(weekend.getLast().hasClassName("continues-before")).isTrue();
        assertThat(weekend.getFirst().getHref()).isEqualTo("meetings/" + overWeekend);
        assertThat(bars(running)).singleElement().extracting(CalendarViewTest::status).isEqualTo("RUNNING");
        assertThat(bars(closed)).singleElement().extracting(CalendarViewTest::status).isEqualTo("CLOSED");
        assertThat(bars(elsewhere)).as("another region is filtered out").isEmpty();
    }

    @Test
    void theYearListsMeetingsByMonthWithTheirStatus() {
        long april = meeting("Априлска среща", LocalDate.of(2031, 4, 8), LocalDate.of(2031, 4, 9), region);
        long january = meeting("Януарска среща", LocalDate.of(2031, 1, 15), LocalDate.of(2031, 1, 15), region);
        long nextYear = meeting("Следващата година", LocalDate.of(2032, 1, 15), LocalDate.of(2032, 1, 15), region);
        open("month", "2031-06", "view", "list", "region", region);
        List<Div> rows = $(Div.class).all().stream().filter(d -> d.hasClassName("calendar-list-row")).toList();
        assertThat(rows).extracting(r -> r.getElement().getAttribute("data-meeting"))
                .containsExactly(String.valueOf(january), String.valueOf(april));
        assertThat(rows).extracting(r -> r.getElement().getAttribute("data-status")).containsOnly("PLANNED");
        assertThat(rows.getFirst().getElement().getTextRecursively()).contains("Януарска среща", "Семинар", region);
        assertThat(rows).noneMatch(r -> r.getElement().getAttribute("data-meeting").equals(String.valueOf(nextYear)));
    }

    @Test
    void todaysMeetingRunsAndYesterdaysIsClosed() {
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        long now = meeting("Днешна среща", today.minusDays(1), today.plusDays(1), region);
        long past = meeting("Вчерашна среща", today.minusDays(3), today.minusDays(1), region);
        long future = meeting("Утрешна среща", today.plusDays(1), today.plusDays(1), region);
        List<CalendarEntry> entries = SystemTask.run(() -> calendar.calendar(today.minusDays(7), today.plusDays(7), region));
        assertThat(entries).extracting(CalendarEntry::id, CalendarEntry::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(past, MeetingStatus.CLOSED),
                org.assertj.core.groups.Tuple.tuple(now, MeetingStatus.RUNNING),
                org.assertj.core.groups.Tuple.tuple(future, MeetingStatus.PLANNED));
        assertThat(SystemTask.run(() -> meetings.regions())).contains(region);

        open("region", region);
        assertThat(bars(now)).isNotEmpty().allSatisfy(bar -> assertThat(status(bar)).isEqualTo("RUNNING"));
        Div todayCell = $(Div.class).all().stream().filter(d -> d.hasClassName("today")).findFirst().orElseThrow();
        assertThat(todayCell.getElement().getAttribute("data-date")).isEqualTo(today.toString());
    }
}
