package org.partnershipworkshop.proceedings.pdf;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.partnershipworkshop.documents.Style;
import org.partnershipworkshop.documents.Blocks;
import org.partnershipworkshop.documents.Sections;
import org.partnershipworkshop.documents.BoardTable;
import org.partnershipworkshop.documents.Labels;

/**
 * One group's section on landscape pages: the heading, the table's members, and its canvas laid out as
 * the board in the browser ({@link BoardTable}).
 */
final class GroupWriter {

    private final Document document;
    private final Sections sections;
    private final Labels labels;
    private final BoardTable boards;

    GroupWriter(Document document, PdfWriter writer, Sections sections, Labels labels) {
        this.document = document;
        this.sections = sections;
        this.labels = labels;
        this.boards = new BoardTable(document, writer, labels);
    }

    /** Starts the groups' part on a landscape page with its heading; the first group follows on the same page. */
    void writePartHeading(boolean hasGroups) {
        document.setPageSize(PageSize.A4.rotate());
        document.newPage();
        sections.heading(document, ProceedingsPlan.GROUPS, Style.H1, 0);
        if (!hasGroups) {
            document.add(Blocks.paragraph(labels.text("proceedings.groups.none"), Style.BODY_ITALIC));
        }
    }

    void write(GroupSheet group, boolean first) {
        if (!first) {
            document.newPage();
        }
        sections.heading(document, ProceedingsPlan.groupId(group), Style.H2, first ? 4 : 0);
        Paragraph about = Blocks.paragraph("", Style.SMALL_MUTED);
        about.add(new Chunk(group.templateName(), Style.SMALL_MUTED));
        if (!group.members().isEmpty()) {
            about.add(new Chunk("   ·   " + labels.text("proceedings.group.members") + ": ", Style.SMALL_MUTED));
            about.add(new Chunk(String.join(", ", group.members()), Style.SMALL));
        }
        about.setSpacingAfter(6);
        document.add(about);
        document.add(boards.fitting(group.columns(), group.rows(), group.fields()));
    }
}
