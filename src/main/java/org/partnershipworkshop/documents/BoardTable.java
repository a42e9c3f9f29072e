package org.partnershipworkshop.documents;

import java.util.Arrays;
import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A canvas laid out as the board in the browser: the template's grid, each field in its column and row
 * with its spans, set in the largest type size that fits the rest of the page. Rows of the grid break
 * across pages when a field holds more than a page, so nothing is dropped.
 */
public final class BoardTable {

    private final Document document;
    private final PdfWriter writer;
    private final Labels labels;
    private final EntryBlocks entries;

    public BoardTable(Document document, PdfWriter writer, Labels labels) {
        this.document = document;
        this.writer = writer;
        this.labels = labels;
        this.entries = new EntryBlocks(labels);
    }

    /** The board in the largest type size that fits the rest of the page, or in full size when none does. */
    public PdfPTable fitting(int columns, int rows, List<BoardField> fields) {
        float room = writer.getVerticalPosition(true) - document.bottom();
        for (BoardType type : BoardType.SIZES) {
            PdfPTable board = board(columns, rows, fields, type);
            board.setTotalWidth(document.right() - document.left());
            board.setLockedWidth(true);
            if (board.getTotalHeight() <= room) {
                return board;
            }
        }
        return board(columns, rows, fields, BoardType.FULL);
    }

    private PdfPTable board(int columns, int rows, List<BoardField> fields, BoardType type) {
        float[] widths = new float[columns];
        Arrays.fill(widths, 1);
        PdfPTable board = Blocks.table(widths, 0);
        board.setSpacingBefore(0);
        BoardField[][] grid = grid(columns, rows, fields);
        boolean[][] covered = new boolean[rows + 1][columns + 1];
        for (int row = 1; row <= rows; row++) {
            for (int column = 1; column <= columns; column++) {
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
    private static BoardField[][] grid(int columns, int rows, List<BoardField> fields) {
        BoardField[][] grid = new BoardField[rows + 1][columns + 1];
        for (BoardField field : fields) {
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
