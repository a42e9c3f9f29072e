package org.partnershipworkshop.action.ui;

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
import java.util.Optional;
import org.partnershipworkshop.action.ActionListing;
import org.partnershipworkshop.action.ActionService;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.ui.Formats;
import org.partnershipworkshop.base.ui.ImportDialog;
import org.partnershipworkshop.base.ui.Notifications;
import org.partnershipworkshop.base.ui.Problems;
import org.partnershipworkshop.security.LibraryAccess;
import org.partnershipworkshop.survey.DefaultQuestionnaire;

/**
 * The region's network actions, newest first: each with its kind, dates, the day reports are due, how many
 * libraries take part and how many reports came in. A coordinator starts a new action (with the default reader
 * questionnaire) or imports a {@code workshop-action/1} document; a library's account sees its actions and joins
 * an open one for its library.
 */
@Route("actions")
@Menu(order = 14, title = "actions.menu", icon = "MEGAPHONE")
@RolesAllowed({"MANAGER", "LIBRARY"})
@StyleSheet("./action.css")
public class ActionsView extends Div implements HasDynamicTitle {

    private final ActionService actions;
    private final Optional<Long> ownLibrary;
    private final Grid<ActionListing> grid = new Grid<>();
    private final Paragraph none = new Paragraph();

    public ActionsView(ActionService actions, LibraryAccess libraries, AuthenticationContext authentication) {
        this.actions = actions;
        this.ownLibrary = libraries.ownLibrary();
        addClassName("actions-view");
        Div head = new Div(new H2(getTranslation("actions.title")));
        head.addClassName("actions-head");
        if (authentication.hasRole("FACILITATOR")) {
            Button create = new Button(getTranslation("actions.new"), VaadinIcon.PLUS.create(), e -> newAction());
            create.addThemeVariants(ButtonVariant.PRIMARY);
            create.addClassName("action-new");
            Button importButton = new Button(getTranslation("actions.import"), VaadinIcon.UPLOAD.create(), e -> importAction());
            importButton.addClassName("action-import");
            head.add(create, importButton);
        }
        Paragraph intro = new Paragraph(getTranslation(ownLibrary.isPresent() ? "actions.introLibrary" : "actions.intro"));
        intro.addClassName("actions-intro");
        none.setText(getTranslation("actions.none"));
        none.addClassName("actions-none");
        add(head, intro, grid(), none);
        refresh();
    }

    private Component grid() {
        grid.addClassName("actions-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("actions.title"));
        grid.addComponentColumn(this::titleCell).setHeader(getTranslation("actions.col.title")).setFlexGrow(6);
        grid.addColumn(a -> Formats.dates(a.starts(), a.ends(), getLocale())).setHeader(getTranslation("actions.col.dates")).setFlexGrow(2);
        grid.addColumn(a -> a.reportsDue() == null ? "" : Formats.dates(a.reportsDue(), null, getLocale()))
                .setHeader(getTranslation("actions.col.due")).setFlexGrow(1);
        grid.addColumn(ActionListing::libraries).setHeader(getTranslation("actions.col.libraries")).setFlexGrow(1);
        grid.addColumn(ActionListing::reportsIn).setHeader(getTranslation("actions.col.reports")).setFlexGrow(1);
        ownLibrary.ifPresent(library -> grid.addComponentColumn(a -> joinCell(a, library)).setFlexGrow(2));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component titleCell(ActionListing a) {
        String target = ownLibrary.map(l -> a.takingPart() ? ActionLinks.library(a.id(), l) : null).orElse(ActionLinks.action(a.id()));
        Component title = target == null ? new Span(a.title()) : new Anchor(target, a.title());
        ((com.vaadin.flow.component.HasStyle) title).addClassName("action-link");
        Span kind = new Span(getTranslation(a.kind().labelKey()));
        kind.addClassName("action-kind");
        return new Div(title, kind);
    }

    private Component joinCell(ActionListing a, long library) {
        if (a.takingPart()) {
            Span taking = new Span(getTranslation("actions.takingPart"));
            taking.addClassName("action-badge");
            return taking;
        }
        Button join = new Button(getTranslation("actions.join"), VaadinIcon.SIGN_IN.create(), e -> {
            try {
                actions.join(a.id(), library);
                Notifications.success(getTranslation("actions.joined"));
                UI.getCurrent().navigate(ActionLinks.library(a.id(), library));
            } catch (ValidationFailedException ex) {
                Problems.show(this, ex);
            }
        });
        join.addClassName("action-join");
        return join;
    }

    private void refresh() {
        List<ActionListing> all = actions.list();
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        none.setVisible(all.isEmpty());
    }

    private void newAction() {
        new FactsDialog(getTranslation("actions.new"), null, facts -> {
            long id = actions.create(facts, DefaultQuestionnaire.readerSurvey());
            Notifications.success(getTranslation("actions.created"));
            UI.getCurrent().navigate(ActionLinks.action(id));
        }).open();
    }

    private void importAction() {
        new ImportDialog(getTranslation("actions.import.title"), getTranslation("actions.import.help"), actions::importDocument,
                id -> {
                    Notifications.success(getTranslation("actions.imported"));
                    UI.getCurrent().navigate(ActionLinks.action(id));
                }).acceptFiles("application/json", ".json").open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("actions.title") + " · " + getTranslation("app.name");
    }
}
