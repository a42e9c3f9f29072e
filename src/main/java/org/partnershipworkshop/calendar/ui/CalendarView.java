package org.partnershipworkshop.calendar.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.partnershipworkshop.base.ui.Formats;
import org.partnershipworkshop.calendar.CalendarEntry;
import org.partnershipworkshop.calendar.CalendarService;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.calendar.MeetingStatus;
import org.partnershipworkshop.meeting.MeetingSummary;

/**
 * The regional calendar of meetings: a month as a grid of weeks with each meeting as a bar over its days, or
 * a year as a list by month (like a regional annual plan), each meeting with its status — planned, running,
 * closed. Month, view and region are in the address, so a view can be bookmarked or sent.
 */
@Route("calendar")
@Menu(order = 11, title = "calendar.nav", icon = "CALENDAR_CLOCK")
@RolesAllowed("MANAGER")
@StyleSheet("./dialogue.css")
public class CalendarView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String VIEW = "view";
    static final String MONTH = "month";
    static final String REGION = "region";
    static final String LIST = "list";

    private final CalendarService calendar;
    private final MeetingService meetings;
    private YearMonth month;
    private boolean list;
    private String region;

    public CalendarView(CalendarService calendar, MeetingService meetings) {
        this.calendar = calendar;
        this.meetings = meetings;
        addClassName("calendar-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        month = query.getSingleParameter(MONTH).flatMap(CalendarView::parseMonth).orElseGet(this::thisMonth);
        list = query.getSingleParameter(VIEW).filter(LIST::equals).isPresent();
        region = query.getSingleParameter(REGION).filter(r -> !r.isBlank()).orElse(null);
        render();
    }

    private static Optional<YearMonth> parseMonth(String text) {
        try {
            return Optional.of(YearMonth.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private YearMonth thisMonth() {
        return YearMonth.from(today());
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.systemDefault());
    }

    private void render() {
        removeAll();
        add(toolbar());
        if (list) {
            add(yearList());
        } else {
            add(monthGrid());
        }
    }

    // --- toolbar: where we are, how to move, what to show

    private Component toolbar() {
        H2 title = new H2(getTranslation("calendar.title"));
        title.addClassName("calendar-heading");
        Span period = new Span(list ? String.valueOf(month.getYear()) : monthName(month));
        period.addClassName("calendar-period");
        Button previous = iconButton(VaadinIcon.ANGLE_LEFT, list ? "calendar.previousYear" : "calendar.previousMonth",
                () -> go(list ? month.minusYears(1) : month.minusMonths(1), list, region));
        Button next = iconButton(VaadinIcon.ANGLE_RIGHT, list ? "calendar.nextYear" : "calendar.nextMonth",
                () -> go(list ? month.plusYears(1) : month.plusMonths(1), list, region));
        Button today = new Button(getTranslation("calendar.today"), e -> go(thisMonth(), list, region));
        today.addClassName("calendar-today");
        Div move = new Div(previous, period, next, today);
        move.addClassName("calendar-move");

        Button monthView = new Button(getTranslation("calendar.view.month"), VaadinIcon.CALENDAR.create(),
                e -> go(month, false, region));
        Button listView = new Button(getTranslation("calendar.view.list"), VaadinIcon.LIST.create(),
                e -> go(month, true, region));
        (list ? listView : monthView).addThemeVariants(ButtonVariant.PRIMARY);
        monthView.getElement().setAttribute("aria-pressed", String.valueOf(!list));
        listView.getElement().setAttribute("aria-pressed", String.valueOf(list));
        Div views = new Div(monthView, listView);
        views.addClassName("calendar-views");
        views.getElement().setAttribute("role", "group");
        views.getElement().setAttribute("aria-label", getTranslation("calendar.view"));

        Select<String> regions = new Select<>();
        String all = getTranslation("calendar.allRegions");
        List<String> names = calendar.regions();
        regions.setItems(Stream.concat(Stream.of(""), names.stream()).toList());
        regions.setItemLabelGenerator(r -> r.isEmpty() ? all : r);
        regions.setValue(region == null ? "" : names.stream().filter(r -> r.equalsIgnoreCase(region)).findFirst().orElse(""));
        regions.setAriaLabel(getTranslation("calendar.region"));
        regions.setTooltipText(getTranslation("calendar.region"));
        regions.addClassName("calendar-region");
        regions.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(month, list, e.getValue() == null || e.getValue().isEmpty() ? null : e.getValue());
            }
        });

        Div bar = new Div(title, move, views, regions, legend());
        bar.addClassName("calendar-toolbar");
        return bar;
    }

    private Component legend() {
        Div legend = new Div();
        legend.addClassName("calendar-legend");
        for (MeetingStatus status : MeetingStatus.values()) {
            legend.add(statusChip(status));
        }
        return legend;
    }

    private void go(YearMonth to, boolean asList, String inRegion) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put(MONTH, to.toString());
        if (asList) {
            query.put(VIEW, LIST);
        }
        if (inRegion != null) {
            query.put(REGION, inRegion);
        }
        getUI().ifPresent(ui -> ui.navigate("calendar", QueryParameters.simple(query)));
    }

    // --- the month

    private Component monthGrid() {
        DayOfWeek firstDay = DayOfWeek.MONDAY; // as in Bulgaria and Russia (and ISO); the UI's locales carry no country
        List<CalendarEntry> shown = calendar.calendar(MonthGrid.firstShown(month, firstDay),
                MonthGrid.lastShown(month, firstDay), region);
        MonthGrid grid = MonthGrid.of(month, firstDay, shown);
        Div calendar = new Div();
        calendar.addClassName("month-grid");
        calendar.getElement().setAttribute("role", "table");
        calendar.getElement().setAttribute("aria-label", monthName(month));
        calendar.getElement().setAttribute("data-month", month.toString());
        Div head = new Div();
        head.addClassName("month-weekdays");
        head.getElement().setAttribute("role", "row");
        for (int i = 0; i < 7; i++) {
            DayOfWeek day = firstDay.plus(i);
            Span name = new Span(day.getDisplayName(TextStyle.SHORT, getLocale()));
            name.getElement().setAttribute("role", "columnheader");
            name.getElement().setAttribute("title", day.getDisplayName(TextStyle.FULL, getLocale()));
            head.add(name);
        }
        calendar.add(head);
        LocalDate today = today();
        for (MonthGrid.Week week : grid.weeks()) {
            calendar.add(week(week, today));
        }
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        content.setSpacing(false);
        content.addClassName("calendar-content");
        if (shown.stream().noneMatch(m -> !m.endDate().isBefore(month.atDay(1)) && !m.startDate().isAfter(month.atEndOfMonth()))) {
            content.add(nothingThisMonth());
        }
        content.add(calendar);
        return content;
    }

    private Component week(MonthGrid.Week week, LocalDate today) {
        Div row = new Div();
        row.addClassName("month-week");
        row.getElement().setAttribute("role", "row");
        row.getStyle().set("--lanes", String.valueOf(week.lanes()));
        for (int i = 0; i < 7; i++) {
            LocalDate day = week.days().get(i);
            Span number = new Span(String.valueOf(day.getDayOfMonth()));
            number.addClassName("month-day-number");
            Div cell = new Div(number);
            cell.addClassName("month-day");
            cell.setClassName("other-month", !YearMonth.from(day).equals(month));
            cell.setClassName("today", day.equals(today));
            cell.setClassName("weekend", day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY);
            cell.getStyle().set("grid-column", String.valueOf(i + 1));
            cell.getElement().setAttribute("role", "cell");
            cell.getElement().setAttribute("data-date", day.toString());
            cell.getElement().setAttribute("aria-label", DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", getLocale()).format(day));
            row.add(cell);
        }
        for (MonthGrid.Bar bar : week.bars()) {
            row.add(bar(bar));
        }
        return row;
    }

    private Component bar(MonthGrid.Bar bar) {
        CalendarEntry m = bar.meeting();
        Anchor link = new Anchor("meetings/" + m.id(), m.title());
        link.addClassName("month-bar");
        link.addClassName(statusClass(m.status()));
        link.setClassName("continues-before", bar.continuesBefore());
        link.setClassName("continues-after", bar.continuesAfter());
        link.getStyle().set("grid-column", (bar.fromColumn() + 1) + " / " + (bar.toColumn() + 2));
        link.getStyle().set("grid-row", String.valueOf(bar.lane() + 2));
        link.getElement().setAttribute("data-meeting", String.valueOf(m.id()));
        link.getElement().setAttribute("data-status", m.status().name());
        link.getElement().setAttribute("title", String.join(" · ", Stream.of(m.title(),
                Formats.dates(m.startDate(), m.endDate(), getLocale()), m.venue(), getTranslation(m.status().labelKey()))
                .filter(Objects::nonNull).toList()));
        return link;
    }

    /** An empty month says so, and offers the nearest meetings before and after it. */
    private Component nothingThisMonth() {
        Div empty = new Div(new Paragraph(getTranslation(region == null ? "calendar.emptyMonth" : "calendar.emptyMonthRegion",
                region == null ? "" : region)));
        empty.addClassName("calendar-empty");
        List<MeetingSummary> all = meetings.list();
        all.stream().filter(m -> m.endDate().isBefore(month.atDay(1))).max(Comparator.comparing(MeetingSummary::startDate))
                .ifPresent(m -> empty.add(jump(m, VaadinIcon.ARROW_LEFT, "calendar.latestBefore")));
        all.stream().filter(m -> m.startDate().isAfter(month.atEndOfMonth())).min(Comparator.comparing(MeetingSummary::startDate))
                .ifPresent(m -> empty.add(jump(m, VaadinIcon.ARROW_RIGHT, "calendar.nextAfter")));
        return empty;
    }

    private Button jump(MeetingSummary m, VaadinIcon icon, String key) {
        String when = DateTimeFormatter.ofPattern("LLLL yyyy", getLocale()).format(m.startDate());
        Button jump = new Button(getTranslation(key, when, m.title()), icon.create(),
                e -> go(YearMonth.from(m.startDate()), false, null));
        jump.addThemeVariants(ButtonVariant.TERTIARY);
        jump.addClassName("calendar-jump");
        return jump;
    }

    // --- the year as a list

    private Component yearList() {
        List<CalendarEntry> year = calendar.calendar(LocalDate.of(month.getYear(), 1, 1),
                LocalDate.of(month.getYear(), 12, 31), region);
        Div agenda = new Div();
        agenda.addClassName("calendar-list");
        if (year.isEmpty()) {
            agenda.add(new Paragraph(getTranslation("calendar.emptyYear", String.valueOf(month.getYear()))));
            return agenda;
        }
        Map<YearMonth, List<CalendarEntry>> byMonth = year.stream().collect(Collectors.groupingBy(
                m -> YearMonth.from(m.startDate().getYear() < month.getYear() ? LocalDate.of(month.getYear(), 1, 1) : m.startDate()),
                LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<YearMonth, List<CalendarEntry>> group : byMonth.entrySet()) {
            H3 heading = new H3(monthName(group.getKey()));
            heading.addClassName("calendar-list-month");
            agenda.add(heading);
            for (CalendarEntry m : group.getValue()) {
                agenda.add(listRow(m));
            }
        }
        return agenda;
    }

    private Component listRow(CalendarEntry m) {
        Span dates = new Span(Formats.dates(m.startDate(), m.endDate(), getLocale()));
        dates.addClassName("calendar-list-dates");
        Anchor title = new Anchor("meetings/" + m.id(), m.title());
        title.addClassName("calendar-list-title");
        String details = Stream.of(m.kind(), m.venue(), m.regions().isEmpty() ? null : String.join(", ", m.regions()))
                .filter(Objects::nonNull).collect(Collectors.joining(" · "));
        Div what = new Div(title);
        what.addClassName("calendar-list-what");
        if (!details.isEmpty()) {
            Span more = new Span(details);
            more.addClassName("calendar-list-details");
            what.add(more);
        }
        Div row = new Div(dates, what, statusChip(m.status()));
        row.addClassName("calendar-list-row");
        row.getElement().setAttribute("data-meeting", String.valueOf(m.id()));
        row.getElement().setAttribute("data-status", m.status().name());
        return row;
    }

    // --- helpers

    private Span statusChip(MeetingStatus status) {
        Span chip = new Span(getTranslation(status.labelKey()));
        chip.addClassName("status-chip");
        chip.addClassName(statusClass(status));
        return chip;
    }

    private static String statusClass(MeetingStatus status) {
        return "status-" + status.name().toLowerCase(Locale.ROOT);
    }

    private String monthName(YearMonth of) {
        String name = DateTimeFormatter.ofPattern("LLLL yyyy", getLocale()).format(of);
        return name.substring(0, 1).toUpperCase(getLocale()) + name.substring(1);
    }

    private Button iconButton(VaadinIcon icon, String labelKey, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        return button;
    }

    /** For tests: the month shown, and whether as a list. */
    YearMonth shownMonth() {
        return month;
    }

    boolean showsList() {
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.title") + " · " + getTranslation("app.name");
    }
}
