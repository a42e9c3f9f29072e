package org.partnershipworkshop.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.partnershipworkshop.base.ui.Formats;
import org.partnershipworkshop.base.ui.ImportDialog;
import org.partnershipworkshop.base.ui.Notifications;
import org.partnershipworkshop.plan.PlanService;
import org.partnershipworkshop.plan.PlanSummary;

/**
 * The department's work plans, newest year first: each with its organisation, department, status and number of
 * rows. A coordinator imports a {@code workshop-plan/1} document or starts next year's plan from one (terms
 * moved to the new year, facts cleared).
 */
@Route("plans")
@Menu(order = 13, title = "plans.menu", icon = "NOTEBOOK")
@RolesAllowed("MANAGER")
@StyleSheet("./plan.css")
public class PlansView extends Div implements HasDynamicTitle {

    private final PlanService plans;
    private final boolean coordinator;
    private final Grid<PlanSummary> grid = new Grid<>();
    private final Paragraph none = new Paragraph();

    public PlansView(PlanService plans, AuthenticationContext authentication) {
        this.plans = plans;
        this.coordinator = authentication.hasRole("FACILITATOR");
        addClassName("plans-view");
        Div head = new Div(new H2(getTranslation("plans.title")));
        head.addClassName("plans-head");
        if (coordinator) {
            Button create = new Button(getTranslation("plans.new"), VaadinIcon.PLUS.create(), e -> newPlan());
            create.addThemeVariants(ButtonVariant.PRIMARY);
            create.addClassName("plan-new");
            head.add(create);
            Button importButton = new Button(getTranslation("plans.import"), VaadinIcon.UPLOAD.create(), e -> importPlan());
            importButton.addClassName("plan-import");
            head.add(importButton);
        }
        Paragraph intro = new Paragraph(getTranslation("plans.intro"));
        intro.addClassName("plans-intro");
        none.setText(getTranslation("plans.none"));
        none.addClassName("plans-none");
        add(head, intro, grid(), none);
        refresh();
    }

    private Component grid() {
        grid.addClassName("plans-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("plans.title"));
        grid.addComponentColumn(this::titleCell).setHeader(getTranslation("plans.col.title")).setFlexGrow(6);
        grid.addColumn(PlanSummary::year).setHeader(getTranslation("plan.year")).setFlexGrow(1).setSortable(true);
        grid.addColumn(p -> getTranslation(p.status().labelKey())).setHeader(getTranslation("plan.status")).setFlexGrow(1);
        grid.addColumn(PlanSummary::rows).setHeader(getTranslation("plans.col.rows")).setFlexGrow(1);
        grid.addColumn(p -> Formats.time(p.updatedAt(), getLocale()) + (p.updatedBy() == null ? "" : " · " + p.updatedBy()))
                .setHeader(getTranslation("plans.col.updated")).setFlexGrow(2);
        if (coordinator) {
            grid.addComponentColumn(this::actionsCell).setFlexGrow(2);
        }
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component titleCell(PlanSummary p) {
        Anchor title = new Anchor("plans/" + p.id(), p.title());
        title.addClassName("plan-link");
        Span whose = new Span(p.department() == null ? p.organisation() : p.organisation() + " · " + p.department());
        whose.addClassName("plan-whose");
        return new Div(title, whose);
    }

    private Component actionsCell(PlanSummary p) {
        Button next = new Button(getTranslation("plans.copy", String.valueOf(p.year() + 1)), VaadinIcon.COPY_O.create(), e -> {
            long id = plans.copyToYear(p.id(), p.year() + 1);
            Notifications.success(getTranslation("plans.copied", String.valueOf(p.year() + 1)));
            UI.getCurrent().navigate("plans/" + id);
        });
        next.addThemeVariants(ButtonVariant.TERTIARY);
        next.addClassName("plan-copy");
        return next;
    }

    private void refresh() {
        List<PlanSummary> all = plans.list();
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        none.setVisible(all.isEmpty());
    }

    private void newPlan() {
        new HeaderDialog(getTranslation("plans.new"), null, input -> {
            long id = plans.create(input.header());
            Notifications.success(getTranslation("plans.created"));
            UI.getCurrent().navigate("plans/" + id);
        }).open();
    }

    private void importPlan() {
        new ImportDialog(getTranslation("plans.import.title"), getTranslation("plans.import.help"), plans::importDocument,
                id -> {
                    Notifications.success(getTranslation("plans.imported"));
                    UI.getCurrent().navigate("plans/" + id);
                }).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plans.title") + " · " + getTranslation("app.name");
    }
}
