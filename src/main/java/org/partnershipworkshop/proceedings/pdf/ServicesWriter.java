package org.partnershipworkshop.proceedings.pdf;

import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.partnershipworkshop.proceedings.pdf.Overview.ServiceLine;
import org.partnershipworkshop.documents.Style;
import org.partnershipworkshop.documents.Blocks;
import org.partnershipworkshop.documents.Sections;
import org.partnershipworkshop.documents.Labels;

/** Across the groups: each group's target group and service side by side. */
final class ServicesWriter {

    private final Document document;
    private final Sections sections;
    private final Labels labels;

    ServicesWriter(Document document, Sections sections, Labels labels) {
        this.document = document;
        this.sections = sections;
        this.labels = labels;
    }

    void write(Overview overview) {
        sections.heading(document, ProceedingsPlan.SERVICES, Style.H2, 4);
        if (overview.services().isEmpty()) {
            document.add(Blocks.paragraph(labels.text("proceedings.groups.none"), Style.BODY_ITALIC));
            return;
        }
        PdfPTable table = Blocks.table(new float[] {1.3f, 2f, 3f}, 1);
        table.addCell(Blocks.headCell(labels.text("proceedings.services.group")));
        table.addCell(Blocks.headCell(overview.targetGroupLabel()));
        table.addCell(Blocks.headCell(overview.serviceLabel()));
        int row = 0;
        for (ServiceLine line : overview.services()) {
            String group = ProceedingsPlan.groupTitle(line.group().number(), line.group().name(), labels);
            table.addCell(Blocks.cell(group, Style.SMALL_BOLD, row));
            table.addCell(notes(line.targetGroup(), row));
            table.addCell(notes(line.service(), row));
            row++;
        }
        document.add(table);
    }

    private static PdfPCell notes(List<String> notes, int row) {
        return notes.isEmpty() ? Blocks.cell("—", Style.SMALL_MUTED, row) : Blocks.cell(Blocks.lines(notes, Style.SMALL), row);
    }
}
