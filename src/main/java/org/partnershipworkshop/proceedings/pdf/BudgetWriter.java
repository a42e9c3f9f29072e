package org.partnershipworkshop.proceedings.pdf;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.partnershipworkshop.base.ui.Formats;
import org.partnershipworkshop.proceedings.pdf.Overview.BudgetLine;
import org.partnershipworkshop.documents.Style;
import org.partnershipworkshop.documents.Blocks;
import org.partnershipworkshop.documents.Sections;
import org.partnershipworkshop.documents.Labels;

/** The planned budget: each group's costs and the meeting's total, one column per currency (they never mix). */
final class BudgetWriter {

    private final Document document;
    private final Sections sections;
    private final Labels labels;

    BudgetWriter(Document document, Sections sections, Labels labels) {
        this.document = document;
        this.sections = sections;
        this.labels = labels;
    }

    void write(Overview overview) {
        sections.heading(document, ProceedingsPlan.BUDGET, Style.H2, 12);
        if (overview.totalBudget().isEmpty()) {
            document.add(Blocks.paragraph(labels.text("proceedings.budget.none"), Style.BODY_ITALIC));
            return;
        }
        List<String> currencies = List.copyOf(new TreeSet<>(overview.totalBudget().keySet()));
        float[] widths = new float[1 + currencies.size()];
        widths[0] = 3;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 1;
        }
        PdfPTable table = Blocks.table(widths, 1);
        table.addCell(Blocks.headCell(labels.text("proceedings.services.group")));
        currencies.forEach(c -> table.addCell(Blocks.headCell(c)));
        int row = 0;
        for (BudgetLine line : overview.budget()) {
            String group = ProceedingsPlan.groupTitle(line.group().number(), line.group().name(), labels);
            table.addCell(Blocks.cell(group, Style.SMALL, row));
            amounts(table, line.totals(), currencies, row, false);
            row++;
        }
        PdfPCell label = Blocks.cell(labels.text("proceedings.budget.total"), Style.BODY_BOLD, row);
        table.addCell(label);
        amounts(table, overview.totalBudget(), currencies, row, true);
        document.add(table);
    }

    private void amounts(PdfPTable table, Map<String, BigDecimal> totals, List<String> currencies, int row, boolean bold) {
        for (String currency : currencies) {
            BigDecimal amount = totals.get(currency);
            table.addCell(Blocks.rightCell(amount == null ? "—" : Formats.amount(amount, labels.locale()),
                    bold ? Style.BODY_BOLD : Style.SMALL, row));
        }
    }
}
