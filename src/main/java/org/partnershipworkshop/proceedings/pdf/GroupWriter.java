package org.partnershipworkshop.proceedings.pdf;

import java.util.Arrays;
import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * One group's section on landscape pages: the heading, the table's members, and its canvas laid out as
 * the board in the browser — the template's grid, each field in its column and row with its spans.
 * Rows of the grid break across pages when a field holds more than a page, so nothing is dropped.
 */
final class GroupWriter {

    private final Document document;
    private final PdfWriter writer;
    private final Sections sections;
    private final Labels labels;
    private final EntryBlocks entries;

    GroupWriter(Document document, PdfWriter writer, Sections sections, Labels labels) {
        this.document = document;
        this.writer = writer;
        this.sections = sections;
        this.labels = labels;
        this.entries = new EntryBlocks(labels);
    }

    /** Starts the groups' part on a landscape page with its heading; the first group follows on the same page. */
    void writePartHeading(boolean hasGroups) {
        document.setPageSize(PageSize.A4.rotate());
        document.newPage();
        sections.heading(document, SectionPlan.GROUPS, Style.H1, 0);
        if (!hasGroups) {
            document.add(Blocks.paragraph(labels.text("proceedings.groups.none"), Style.BODY_ITALIC));
        }
    }

    void write(GroupSheet group, boolean first) {
        if (!first) {
            document.newPage();
        }
        sections.heading(document, SectionPlan.groupId(group), Style.H2, first ? 4 : 0);
        Paragraph about = Blocks.paragraph("", Style.SMALL_MUTED);
        about.add(new Chunk(group.templateName(), Style.SMALL_MUTED));
        if (!group.members().isEmpty()) {
            about.add(new Chunk("   ·   " + labels.text("proceedings.group.members") + ": ", Style.SMALL_MUTED));
            about.add(new Chunk(String.join(", ", group.members()), Style.SMALL));
        }
        about.setSpacingAfter(6);
        document.add(about);
        document.add(fittingBoard(group));
    }

    /** The board in the largest type size that fits the rest of the page, or in full size when none does. */
    private PdfPTable fittingBoard(GroupSheet group) {
        float room = writer.getVerticalPosition(true) - document.bottom();
        for (BoardType type : BoardType.SIZES) {
            PdfPTable board = board(group, type);
            board.setTotalWidth(document.right() - document.left());
            board.setLockedWidth(true);
            if (board.getTotalHeight() <= room) {
                return board;
            }
        }
        return board(group, BoardType.FULL);
    }

    private PdfPTable board(GroupSheet group, BoardType type) {
        float[] widths = new float[group.columns()];
        Arrays.fill(widths, 1);
        PdfPTable board = Blocks.table(widths, 0);
        board.setSpacingBefore(0);
        BoardField[][] grid = grid(group);
        boolean[][] covered = new boolean[group.rows() + 1][group.columns() + 1];
        for (int row = 1; row <= group.rows(); row++) {
            for (int column = 1; column <= group.columns(); column++) {
                if (covered[row][column]) {
                    continue;
                }
                BoardField field = grid[row][column];
                if (field == null) {
                    board.addCell(emptyArea());
                    continue;
                }
                for (int r = row; r < row + field.area().rowSpan(); r++) {
                    for (int c = column; c < column + field.area().columnSpan(); c++) {
                        covered[r][c] = true;
                    }
                }
                board.addCell(area(field, type));
            }
        }
        return board;
    }

    /** The field whose top-left corner is at each position of the board (1-based). */
    private static BoardField[][] grid(GroupSheet group) {
        BoardField[][] grid = new BoardField[group.rows() + 1][group.columns() + 1];
        for (BoardField field : group.fields()) {
            grid[field.area().row()][field.area().column()] = field;
        }
        return grid;
    }

    private PdfPCell area(BoardField field, BoardType type) {
        PdfPCell cell = new PdfPCell();
        cell.setColspan(field.area().columnSpan());
        cell.setRowspan(field.area().rowSpan());
        Paragraph label = Blocks.paragraph("", type.label());
        label.add(new Chunk(field.label().toUpperCase(labels.locale()), type.label()));
        if (!field.entries().isEmpty()) {
            label.add(new Chunk("  " + field.entries().size(), type.muted()));
        }
        cell.addElement(label);
        if (field.question() != null) {
            Paragraph question = Blocks.paragraph(field.question(), type.question());
            question.setSpacingAfter(3);
            cell.addElement(question);
        }
        List<Element> blocks = entries.of(field, type);
        if (blocks.isEmpty()) {
            cell.addElement(Blocks.paragraph("—", type.muted()));
        }
        blocks.forEach(cell::addElement);
        cell.setBackgroundColor(Style.AREA);
        cell.setBorderColor(Style.RULE);
        cell.setBorderWidth(0.75f);
        cell.setPadding(6);
        cell.setPaddingTop(3);
        cell.setPaddingBottom(5);
        cell.setUseAscender(true);
        return cell;
    }

    private static PdfPCell emptyArea() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(0);
        return cell;
    }
}
