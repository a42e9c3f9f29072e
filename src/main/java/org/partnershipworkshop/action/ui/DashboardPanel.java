package org.partnershipworkshop.action.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.partnershipworkshop.action.Dashboard;
import org.partnershipworkshop.action.ReportStatus;
import org.partnershipworkshop.action.Standing;

/**
 * The coordinator's look at every library of an action: its municipality, how it joined, events planned and
 * held, participants, survey answers, where its report stands (late and overdue told apart), sortable and
 * filtered by municipality or to those behind — one look says who is behind.
 */
class DashboardPanel extends Div {

    private final Grid<Standing> grid = new Grid<>();
    private final ComboBox<String> municipality = new ComboBox<>();
    private final Checkbox behind = new Checkbox();
    private final Div totals = new Div();
    private final Span shown = new Span();
    private Dashboard board;

    DashboardPanel(Runnable invite) {
        addClassName("action-dashboard");
        municipality.setPlaceholder(getTranslation("action.dashboard.allMunicipalities"));
        municipality.setClearButtonVisible(true);
        municipality.setAriaLabel(getTranslation("action.dashboard.municipality"));
        municipality.addClassName("action-municipality-filter");
        municipality.addValueChangeListener(e -> filter());
        behind.setLabel(getTranslation("action.dashboard.behind"));
        behind.addClassName("action-behind-filter");
        behind.addValueChangeListener(e -> filter());
        Div bar = new Div(municipality, behind);
        bar.addClassName("action-dashboard-bar");
        if (invite != null) {
            Button add = new Button(getTranslation("action.invite"), VaadinIcon.PLUS.create(), e -> invite.run());
            add.addClassName("action-invite");
            bar.add(add);
        }
        totals.addClassName("action-totals");
        shown.addClassName("action-shown");
        bar.add(shown);
        grid.addClassName("action-dashboard-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("action.tab.libraries"));
        var library = grid.addComponentColumn(this::libraryCell).setHeader(getTranslation("action.col.library")).setFlexGrow(5)
                .setComparator(Comparator.comparing(Standing::library)).setSortable(true);
        grid.addColumn(s -> s.municipality() == null ? "" : s.municipality()).setHeader(getTranslation("action.col.municipality"))
                .setFlexGrow(2).setSortable(true).setComparator(Comparator.comparing(s -> Objects.toString(s.municipality(), "")));
        grid.addColumn(s -> getTranslation(s.joined().labelKey())).setHeader(getTranslation("action.col.joined")).setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(Standing::planned).setHeader(getTranslation("action.col.planned")).setSortable(true).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(Standing::held).setHeader(getTranslation("action.col.held")).setSortable(true).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(Standing::participants).setHeader(getTranslation("action.col.participants")).setSortable(true).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(Standing::answers).setHeader(getTranslation("action.col.answers")).setSortable(true).setWidth("7rem").setFlexGrow(0);
        grid.addComponentColumn(this::reportCell).setHeader(getTranslation("action.col.report")).setFlexGrow(2)
                .setComparator(Comparator.comparing(Standing::report)).setSortable(true);
        grid.sort(List.of(new GridSortOrder<>(library, SortDirection.ASCENDING)));
        grid.setAllRowsVisible(true);
        add(bar, totals, grid);
    }

    void show(Dashboard board) {
        this.board = board;
        municipality.setItems(board.libraries().stream().map(Standing::municipality).filter(Objects::nonNull).distinct().sorted().toList());
        long in = board.libraries().stream().filter(s -> s.submittedAt() != null).count();
        long late = board.libraries().stream().filter(Standing::late).count();
        long overdue = board.libraries().stream().filter(Standing::overdue).count();
        int planned = board.libraries().stream().mapToInt(Standing::planned).sum();
        int held = board.libraries().stream().mapToInt(Standing::held).sum();
        totals.setText(getTranslation("action.dashboard.totals", board.libraries().size(), planned, held, board.answers(), in, late, overdue));
        filter();
    }

    private void filter() {
        if (board == null) {
            return;
        }
        String place = municipality.getValue();
        var starts = board.action().facts().starts();
        List<Standing> rows = board.libraries().stream()
                .filter(s -> place == null || place.equals(s.municipality()))
                .filter(s -> !behind.getValue() || s.behind(board.today(), starts)).toList();
        grid.setItems(rows);
        shown.setText(getTranslation("action.dashboard.shown", rows.size(), board.libraries().size()));
    }

    private Component libraryCell(Standing s) {
        Anchor link = new Anchor(ActionLinks.library(board.action().id(), s.libraryId()), s.library());
        link.addClassName("action-library-link");
        return link;
    }

    private Component reportCell(Standing s) {
        List<Span> badges = ReportBadges.of(this, s.report(), s.late(), s.overdue());
        if (s.report() == ReportStatus.NOT_STARTED && !s.overdue()) {
            badges.getFirst().addClassName("action-quiet");
        }
        Div cell = new Div();
        badges.forEach(cell::add);
        return cell;
    }
}
