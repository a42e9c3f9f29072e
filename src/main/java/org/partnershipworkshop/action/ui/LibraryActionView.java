package org.partnershipworkshop.action.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.partnershipworkshop.action.ActionDetails;
import org.partnershipworkshop.action.ActionFacts;
import org.partnershipworkshop.action.ActionService;
import org.partnershipworkshop.action.AttachmentService;
import org.partnershipworkshop.action.EventPlanService;
import org.partnershipworkshop.action.LibraryPlan;
import org.partnershipworkshop.action.ReportService;
import org.partnershipworkshop.base.NotFoundException;
import org.partnershipworkshop.base.ui.Formats;
import org.partnershipworkshop.canvas.CanvasService;

/**
 * One library's part in an action, for its own account and for the coordinator: the action's facts and the
 * library's plan of events, its reader survey link and poster, its analytic report. The library's account works
 * on its own library only (the services refuse any other); coordinators see and change every library's part,
 * and accept or return its report.
 */
@Route("actions/:actionId/libraries/:libraryId")
@RolesAllowed({"MANAGER", "LIBRARY"})
@StyleSheet("./action.css")
@StyleSheet("./canvas-editor.css")
public class LibraryActionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ActionService actions;
    private final EventPlanService plans;
    private final ReportService reports;
    private final CanvasService canvases;
    private final AttachmentService attachments;
    private final ActionTabs tabs;
    private final boolean coordinator;
    private final boolean manager;
    private ActionDetails action;
    private LibraryPlan plan;

    public LibraryActionView(ActionService actions, EventPlanService plans, ReportService reports, CanvasService canvases,
                             AttachmentService attachments, ActionTabs tabs, AuthenticationContext authentication) {
        this.attachments = attachments;
        this.actions = actions;
        this.plans = plans;
        this.reports = reports;
        this.canvases = canvases;
        this.tabs = tabs;
        this.coordinator = authentication.hasRole("FACILITATOR");
        this.manager = authentication.hasRole("MANAGER");
        addClassName("library-action-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long actionId = event.getRouteParameters().getLong("actionId")
                .orElseThrow(() -> new NotFoundException("action", event.getLocation().getPath()));
        long libraryId = event.getRouteParameters().getLong("libraryId")
                .orElseThrow(() -> new NotFoundException("library", event.getLocation().getPath()));
        action = actions.details(actionId);
        plan = plans.plan(actionId, libraryId);
        boolean own = tabs.ownLibrary().map(l -> l == libraryId).orElse(false);
        boolean editable = coordinator || own;
        removeAll();
        add(header(action.facts()));
        TabSheet sheet = new TabSheet();
        sheet.addClassName("action-tabs");
        sheet.add(getTranslation("action.tab.events"), new EventsPanel(plans, actionId, libraryId, editable));
        sheet.add(getTranslation("action.tab.survey"), tabs.librarySurvey(actionId, libraryId, plan.library()));
        Tab report = sheet.add(getTranslation("action.tab.report"), new ReportPanel(reports, attachments, actionId, libraryId, coordinator,
                canvases.findTemplate("action-report").orElseThrow(), action.facts()));
        sheet.setWidthFull();
        if (List.of("report").equals(event.getLocation().getQueryParameters().getParameters().get("tab"))) {
            sheet.setSelectedTab(report);
        }
        add(sheet);
    }

    private Component header(ActionFacts f) {
        Div head = new Div();
        head.addClassName("action-header");
        Component title = manager ? new Anchor(ActionLinks.action(action.id()), f.title()) : new Span(f.title());
        ((com.vaadin.flow.component.HasStyle) title).addClassName("action-parent-link");
        H2 library = new H2(plan.library());
        library.addClassName("action-title");
        Span dates = new Span(getTranslation("action.library.dates", Formats.dates(f.starts(), f.ends(), getLocale()),
                f.reportsDue() == null ? "—" : Formats.dates(f.reportsDue(), null, getLocale())));
        dates.addClassName("action-fact-value");
        head.add(title, library, dates);
        if (!f.hashtags().isEmpty()) {
            Span tags = new Span(String.join(" ", f.hashtags()));
            tags.addClassName("action-hashtags");
            head.add(tags);
        }
        return head;
    }

    @Override
    public String getPageTitle() {
        return (plan == null ? getTranslation("actions.title") : plan.library()) + " · " + getTranslation("app.name");
    }
}
