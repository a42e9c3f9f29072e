package org.partnershipworkshop.proceedings.pdf;

import java.util.List;
import java.util.stream.Collectors;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.partnershipworkshop.proceedings.pdf.Overview.PartnerLine;
import org.partnershipworkshop.documents.Style;
import org.partnershipworkshop.documents.Blocks;
import org.partnershipworkshop.documents.Sections;
import org.partnershipworkshop.documents.Labels;
import org.partnershipworkshop.documents.PartnerColors;

/** The partner index: every partner of the meeting once, its type, the roles named and the groups it serves. */
final class PartnerIndexWriter {

    private final Document document;
    private final Sections sections;
    private final Labels labels;

    PartnerIndexWriter(Document document, Sections sections, Labels labels) {
        this.document = document;
        this.sections = sections;
        this.labels = labels;
    }

    void write(Overview overview) {
        sections.heading(document, ProceedingsPlan.PARTNERS, Style.H2, 12);
        List<PartnerLine> partners = overview.partners();
        if (partners.isEmpty()) {
            document.add(Blocks.paragraph(labels.text("proceedings.partners.none"), Style.BODY_ITALIC));
            return;
        }
        document.add(Blocks.paragraph(labels.text("proceedings.partners.intro", partners.size()), Style.SMALL_MUTED, 2));
        boolean roles = partners.stream().anyMatch(p -> !p.roles().isEmpty()); // no column of dashes
        PdfPTable table = Blocks.table(roles ? new float[] {2.4f, 1.3f, 1.8f, 1.6f} : new float[] {2.8f, 1.5f, 1.6f}, 1);
        table.addCell(Blocks.headCell(labels.text("proceedings.partners.name")));
        table.addCell(Blocks.headCell(labels.text("proceedings.partners.type")));
        if (roles) {
            table.addCell(Blocks.headCell(labels.text("proceedings.partners.roles")));
        }
        table.addCell(Blocks.headCell(labels.text("proceedings.partners.groups")));
        int row = 0;
        for (PartnerLine partner : partners) {
            table.addCell(Blocks.cell(partner.name(), Style.SMALL_BOLD, row));
            table.addCell(type(partner, row));
            if (roles) {
                table.addCell(partner.roles().isEmpty() ? Blocks.cell("—", Style.SMALL_MUTED, row)
                        : Blocks.cell(Blocks.lines(partner.roles(), Style.SMALL), row));
            }
            table.addCell(Blocks.cell(partner.groups().stream().map(g -> String.valueOf(g.number()))
                    .collect(Collectors.joining(", ")), Style.SMALL, row));
            row++;
        }
        document.add(table);
    }

    private PdfPCell type(PartnerLine partner, int row) {
        Paragraph p = Blocks.paragraph("", Style.SMALL);
        p.add(Blocks.swatch(PartnerColors.of(partner.type()), Style.SMALL.getSize() + 1));
        p.add(new Chunk(partner.type() == null ? labels.text("proceedings.partnerType.none")
                : labels.text(partner.type().labelKey()), Style.SMALL));
        return Blocks.cell(List.of(p), row);
    }
}
