package org.partnershipworkshop.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import org.partnershipworkshop.base.ui.Formats;
import org.partnershipworkshop.base.ui.LanguagePreference;
import org.partnershipworkshop.base.ui.Notifications;
import org.partnershipworkshop.meeting.Feedback;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.meeting.MeetingSummary;
import org.partnershipworkshop.meeting.NewMeeting;

/** All meetings, newest first; a facilitator creates or imports one here. */
@Route("meetings")
@Menu(order = 10, title = "nav.meetings", icon = "CALENDAR")
@RolesAllowed("MANAGER")
public class MeetingsView extends VerticalLayout implements HasDynamicTitle {

    private final MeetingService meetings;
    private final Grid<MeetingSummary> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    public MeetingsView(MeetingService meetings, AuthenticationContext authentication, List<MeetingListAction> actions) {
        this.meetings = meetings;
        addClassName("meetings-view");
        HorizontalLayout toolbar = new HorizontalLayout();
        toolbar.setAlignItems(Alignment.CENTER);
        toolbar.add(new H2(getTranslation("nav.meetings")));
        if (authentication.hasRole("FACILITATOR")) {
            Button create = new Button(getTranslation("meetings.new"), VaadinIcon.PLUS.create(), e -> openNew());
            create.addThemeVariants(ButtonVariant.PRIMARY);
            toolbar.add(create);
        }
        actions.stream().sorted(Comparator.comparingInt(MeetingListAction::order))
                .forEach(a -> a.create().ifPresent(toolbar::add));

        grid.addColumn(MeetingSummary::title).setHeader(getTranslation("meeting.title")).setFlexGrow(3)
                .setSortable(true).setComparator(MeetingSummary::title);
        grid.addColumn(m -> Formats.dates(m.startDate(), m.endDate(), getLocale()))
                .setHeader(getTranslation("meetings.dates")).setAutoWidth(true).setSortable(true)
                .setComparator(MeetingSummary::startDate);
        grid.addColumn(m -> m.venue() == null ? "" : m.venue()).setHeader(getTranslation("meeting.venue")).setFlexGrow(2);
        grid.addColumn(MeetingSummary::groupCount).setHeader(getTranslation("meetings.groups")).setAutoWidth(true)
                .setSortable(true).setComparator(MeetingSummary::groupCount);
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::open));
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("nav.meetings"));
        empty.setText(getTranslation("meetings.empty"));
        add(toolbar, grid, empty);
        refresh();
    }

    private void refresh() {
        List<MeetingSummary> all = meetings.list();
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
    }

    private void open(MeetingSummary meeting) {
        getUI().ifPresent(ui -> ui.navigate("meetings/" + meeting.id()));
    }

    private void openNew() {
        new MeetingFactsDialog(getTranslation("meetings.new"), null, LanguagePreference.current(), facts -> {
            long id = meetings.create(new NewMeeting(facts, List.of(), List.of(), List.of(), Feedback.NONE));
            Notifications.success(getTranslation("meetings.created", facts.title()));
            getUI().ifPresent(ui -> ui.navigate("meetings/" + id));
        }).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.meetings") + " · " + getTranslation("app.name");
    }
}
