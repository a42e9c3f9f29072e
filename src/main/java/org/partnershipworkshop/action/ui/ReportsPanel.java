package org.partnershipworkshop.action.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.partnershipworkshop.action.LibraryReport;
import org.partnershipworkshop.base.ui.Formats;

/** The libraries' reports: where each stands, when it came in, late or overdue, the coordinator's comment; each opens the library's part. */
class ReportsPanel extends Div {

    private final Grid<LibraryReport> grid = new Grid<>();
    private long actionId;

    ReportsPanel() {
        addClassName("action-reports");
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("action.tab.reports"));
        grid.addComponentColumn(this::library).setHeader(getTranslation("action.col.library")).setFlexGrow(4);
        grid.addColumn(r -> r.municipality() == null ? "" : r.municipality()).setHeader(getTranslation("action.col.municipality")).setFlexGrow(2);
        grid.addComponentColumn(this::status).setHeader(getTranslation("action.col.report")).setFlexGrow(2);
        grid.addColumn(r -> r.submittedAt() == null ? "" : Formats.time(r.submittedAt(), getLocale()))
                .setHeader(getTranslation("action.col.submitted")).setFlexGrow(2);
        grid.addColumn(r -> r.comment() == null ? "" : r.comment()).setHeader(getTranslation("action.col.comment")).setFlexGrow(4);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    void show(long actionId, List<LibraryReport> reports) {
        this.actionId = actionId;
        grid.setItems(reports);
    }

    private Component library(LibraryReport r) {
        Anchor link = new Anchor(ActionLinks.library(actionId, r.libraryId()) + "?tab=report", r.library());
        link.addClassName("action-library-link");
        return link;
    }

    private Component status(LibraryReport r) {
        Div cell = new Div();
        ReportBadges.of(this, r.status(), r.late(), r.overdue()).forEach(cell::add);
        return cell;
    }
}
