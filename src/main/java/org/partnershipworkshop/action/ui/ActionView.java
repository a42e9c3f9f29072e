package org.partnershipworkshop.action.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashSet;
import java.util.Set;
import org.partnershipworkshop.action.ActionDetails;
import org.partnershipworkshop.action.ActionFacts;
import org.partnershipworkshop.action.ActionService;
import org.partnershipworkshop.action.Dashboard;
import org.partnershipworkshop.action.ReportService;
import org.partnershipworkshop.base.NotFoundException;
import org.partnershipworkshop.base.ui.Formats;
import org.partnershipworkshop.base.ui.Notifications;
import org.partnershipworkshop.library.LibraryService;

/**
 * One action for the coordinator and the managers: its facts (title, kind, dates, the day reports are due, the
 * summing up, hashtags), and tabs for the libraries (the dashboard), the reader survey, the reports, the
 * regulation and stages, and the summary. Coordinators change the facts and the regulation, invite libraries,
 * compose the questionnaire. A library's account is sent to its own part of the action.
 */
@Route("actions/:actionId")
@RolesAllowed({"MANAGER", "LIBRARY"})
@StyleSheet("./action.css")
public class ActionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ActionService actions;
    private final ReportService reports;
    private final LibraryService libraries;
    private final ActionTabs tabs;
    private final boolean coordinator;
    private final boolean manager;
    private final Div header = new Div();
    private final DashboardPanel dashboard;
    private final RegulationPanel regulation;
    private final ReportsPanel reportList = new ReportsPanel();
    private ActionDetails action;

    public ActionView(ActionService actions, ReportService reports, LibraryService libraries, ActionTabs tabs,
                      AuthenticationContext authentication) {
        this.actions = actions;
        this.reports = reports;
        this.libraries = libraries;
        this.tabs = tabs;
        this.coordinator = authentication.hasRole("FACILITATOR");
        this.manager = authentication.hasRole("MANAGER");
        this.dashboard = new DashboardPanel(coordinator ? this::invite : null);
        this.regulation = new RegulationPanel(coordinator ? this::editRegulation : null);
        addClassName("action-view");
        header.addClassName("action-header");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("actionId")
                .orElseThrow(() -> new NotFoundException("action", event.getLocation().getPath()));
        if (!manager) {
            tabs.ownLibrary().ifPresentOrElse(library -> event.forwardTo(ActionLinks.library(id, library)),
                    () -> { throw new NotFoundException("action", id); });
            return;
        }
        action = actions.details(id);
        removeAll();
        TabSheet sheet = new TabSheet();
        sheet.addClassName("action-tabs");
        sheet.add(getTranslation("action.tab.libraries"), dashboard);
        sheet.add(getTranslation("action.tab.survey"), tabs.survey(id, coordinator));
        sheet.add(getTranslation("action.tab.reports"), reportList);
        sheet.add(getTranslation("action.tab.regulation"), regulation);
        sheet.add(getTranslation("action.tab.summary"), tabs.summary(id));
        sheet.setWidthFull();
        add(header, sheet);
        refresh();
    }

    private void refresh() {
        Dashboard board = actions.dashboard(action.id());
        action = board.action();
        header.removeAll();
        header.add(header(action.facts()));
        dashboard.show(board);
        regulation.show(action.facts());
        reportList.show(action.id(), reports.reports(action.id()));
    }

    private Component header(ActionFacts f) {
        H2 title = new H2(f.title());
        title.addClassName("action-title");
        Span kind = new Span(getTranslation(f.kind().labelKey()));
        kind.addClassNames("action-badge", "action-kind");
        Div facts = new Div();
        facts.addClassName("action-facts");
        facts.add(fact("action.facts.dates", Formats.dates(f.starts(), f.ends(), getLocale())));
        if (f.reportsDue() != null) {
            facts.add(fact("action.facts.reportsDue", Formats.dates(f.reportsDue(), null, getLocale())));
        }
        if (f.summary() != null && f.summary().date() != null) {
            facts.add(fact("action.facts.summaryDate", Formats.dates(f.summary().date(), null, getLocale())
                    + (f.summary().occasion() == null ? "" : " · " + f.summary().occasion())));
        }
        if (!f.hashtags().isEmpty()) {
            facts.add(fact("action.facts.hashtags", String.join(" ", f.hashtags())));
        }
        if (f.coordinator() != null) {
            facts.add(fact("action.facts.coordinator", f.coordinator() + (f.contact() == null ? "" : " · " + f.contact())));
        }
        Div head = new Div(title, kind);
        head.addClassName("action-title-row");
        if (coordinator) {
            Button edit = new Button(getTranslation("action.editFacts"), VaadinIcon.EDIT.create(),
                    e -> new FactsDialog(getTranslation("action.editFacts"), action.facts(), this::save).open());
            edit.addClassName("action-edit");
            head.add(edit);
        }
        return new Div(head, facts);
    }

    private Component fact(String key, String value) {
        Span label = new Span(getTranslation(key));
        label.addClassName("action-fact-label");
        Span text = new Span(value);
        text.addClassName("action-fact-value");
        Div line = new Div(label, text);
        line.addClassName("action-fact");
        return line;
    }

    private void save(ActionFacts facts) {
        actions.update(action.id(), action.version(), facts);
        Notifications.success(getTranslation("action.saved"));
        refresh();
    }

    private void editRegulation() {
        new RegulationDialog(action.facts().regulation(), parts -> save(ActionFactsEdits.withRegulation(action.facts(), parts))).open();
    }

    private void invite() {
        Set<Long> taking = new HashSet<>();
        actions.dashboard(action.id()).libraries().forEach(s -> taking.add(s.libraryId()));
        new InviteDialog(libraries, taking, ids -> {
            int added = actions.invite(action.id(), ids);
            Notifications.success(getTranslation("action.invited", added));
            refresh();
        }).open();
    }

    @Override
    public String getPageTitle() {
        return (action == null ? getTranslation("actions.title") : action.facts().title()) + " · " + getTranslation("app.name");
    }

}
