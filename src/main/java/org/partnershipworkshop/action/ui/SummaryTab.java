package org.partnershipworkshop.action.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.partnershipworkshop.action.ActionFile;
import org.partnershipworkshop.action.ActionPrintService;
import org.partnershipworkshop.action.Ranked;
import org.partnershipworkshop.base.ui.Downloads;

/**
 * The regional summary for the directors' meeting (PDF in the proceedings' look, DOCX to edit further), the
 * ranking of the most active libraries with its weights, and the letters of thanks — for the ranking's first
 * ten, or for the libraries chosen here.
 */
class SummaryTab extends Div {

    SummaryTab(ActionPrintService print, long actionId) {
        addClassName("action-summary");
        add(new Paragraph(getTranslation("action.summary.help")));
        Div downloads = new Div(
                Downloads.button(this, "action.summary.pdf", () -> file(print.summaryPdf(actionId))),
                Downloads.button(this, "action.summary.docx", () -> file(print.summaryDocx(actionId))));
        downloads.addClassName("action-survey-exports");
        add(downloads);
        List<Ranked> ranking = print.ranking(actionId);
        add(new H3(getTranslation("action.summary.ranking")));
        add(new Paragraph(getTranslation("action.summary.weights", Ranked.EVENT_POINTS, Ranked.ANSWERS_PER_POINT, Ranked.ON_TIME_POINTS)));
        Grid<Ranked> grid = new Grid<>();
        grid.addClassName("action-ranking");
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("action.summary.ranking"));
        grid.addColumn(r -> ranking.indexOf(r) + 1).setHeader(getTranslation("action.summary.place")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Ranked::library).setHeader(getTranslation("action.col.library")).setFlexGrow(4);
        grid.addColumn(r -> r.municipality() == null ? "" : r.municipality()).setHeader(getTranslation("action.col.municipality")).setFlexGrow(2);
        grid.addColumn(Ranked::events).setHeader(getTranslation("action.col.held")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Ranked::answers).setHeader(getTranslation("action.col.answers")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation(r.reportOnTime() ? "action.summary.onTime" : "action.summary.notOnTime"))
                .setHeader(getTranslation("action.col.report")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> String.format(getLocale(), "%.1f", r.score())).setHeader(getTranslation("action.summary.score")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(ranking);
        grid.setAllRowsVisible(true);
        add(grid);
        add(new H3(getTranslation("action.summary.letters")));
        MultiSelectComboBox<Ranked> chosen = new MultiSelectComboBox<>(getTranslation("action.summary.lettersFor"));
        chosen.setItems(ranking);
        chosen.setItemLabelGenerator(Ranked::library);
        chosen.setHelperText(getTranslation("action.summary.lettersHelp"));
        chosen.setWidth("min(40rem, 100%)");
        chosen.addClassName("action-letters-for");
        add(chosen, Downloads.button(this, "action.summary.lettersPdf", () -> file(print.letters(actionId,
                chosen.getValue().stream().map(Ranked::libraryId).toList()))));
    }

    private static Downloads.File file(ActionFile f) {
        return new Downloads.File(f.fileName(), f.mediaType(), f.content());
    }
}
