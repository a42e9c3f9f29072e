package org.partnershipworkshop.documents;

import java.awt.Color;
import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The building blocks the writers share: paragraphs, bullet lists and tables that always wrap and may
 * break across pages (rows split, never clipped; header rows repeat).
 */
public final class Blocks {

    private Blocks() {
    }

    public static Paragraph paragraph(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setLeading(font.getSize() * 1.35f);
        return p;
    }

    public static Paragraph paragraph(String text, Font font, float spacingAfter) {
        Paragraph p = paragraph(text, font);
        p.setSpacingAfter(spacingAfter);
        return p;
    }

    /** A bullet item: the bullet hangs in the left margin, wrapped lines align with the text. */
    public static Paragraph bullet(String text, Font font, float indent) {
        Paragraph p = paragraph("", font);
        p.setIndentationLeft(indent + 10);
        p.setFirstLineIndent(-10);
        p.add(new Chunk("•  ", Style.font(font.getBaseFont(), font.getSize(), Style.ACCENT)));
        p.add(new Chunk(text, font));
        p.setSpacingAfter(2);
        return p;
    }

    /** A table that fills the width, splits rows across pages and repeats its first {@code headerRows}. */
    public static PdfPTable table(float[] widths, int headerRows) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSplitLate(false);
        table.setSplitRows(true);
        table.setHeaderRows(headerRows);
        table.setSpacingBefore(4);
        table.setSpacingAfter(10);
        return table;
    }

    public static PdfPCell headCell(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, Style.TABLE_HEAD));
        cell.setBackgroundColor(Style.ACCENT);
        cell.setBorderColor(Style.ACCENT);
        cell.setPadding(5);
        cell.setPaddingBottom(6);
        cell.setUseAscender(true);
        return cell;
    }

    public static PdfPCell cell(String text, Font font, int row) {
        return cell(List.of(paragraph(text == null ? "" : text, font)), row);
    }

    /** A cell with a bar of the given share of its width, in the accent colour. */
    public static PdfPCell bar(float share, int row) {
        PdfPCell cell = cell("", Style.SMALL, row);
        cell.setCellEvent((c, position, canvases) -> {
            PdfContentByte cb = canvases[PdfPTable.BACKGROUNDCANVAS];
            float width = (position.getWidth() - 10) * share;
            if (width > 0) {
                cb.saveState();
                cb.setColorFill(Style.ACCENT);
                cb.rectangle(position.getLeft() + 5, position.getBottom() + 5, width, Math.min(9, position.getHeight() - 9));
                cb.fill();
                cb.restoreState();
            }
        });
        return cell;
    }

    /**
     * A horizontal bar chart as a table: each line's label, its count (right-aligned) and a bar of its share of
     * the largest count; {@code widths} are the three columns'.
     */
    public static PdfPTable bars(float[] widths, String labelHeader, String countHeader, List<Printer.Bar> bars, Font labelFont) {
        long most = Math.max(1, bars.stream().mapToLong(Printer.Bar::count).max().orElse(0));
        PdfPTable table = table(widths, 1);
        table.setKeepTogether(bars.size() <= 12); // a chart is read whole
        table.addCell(headCell(labelHeader));
        table.addCell(headCell(countHeader));
        table.addCell(headCell(""));
        int row = 0;
        for (Printer.Bar bar : bars) {
            table.addCell(cell(bar.label(), labelFont, row));
            table.addCell(rightCell(String.valueOf(bar.count()), Style.SMALL_BOLD, row));
            table.addCell(bar((float) bar.count() / most, row));
            row++;
        }
        return table;
    }

    /** A body cell holding several paragraphs (composite mode, so it splits by line across pages). */
    public static PdfPCell cell(List<? extends Element> content, int row) {
        PdfPCell cell = new PdfPCell();
        content.forEach(cell::addElement);
        cell.setBackgroundColor(row % 2 == 1 ? Style.ZEBRA : Color.WHITE);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(Style.RULE);
        cell.setBorderWidth(0.5f);
        cell.setPadding(5);
        cell.setPaddingTop(3);
        cell.setPaddingBottom(6);
        cell.setUseAscender(true);
        return cell;
    }

    public static PdfPCell rightCell(String text, Font font, int row) {
        PdfPCell cell = cell(text, font, row);
        cell.getCompositeElements().forEach(e -> ((Paragraph) e).setAlignment(Element.ALIGN_RIGHT));
        return cell;
    }

    /** Notes as lines of a cell: one paragraph each, separated a little. */
    public static List<Paragraph> lines(List<String> texts, Font font) {
        return texts.stream().map(t -> {
            Paragraph p = paragraph(t, font);
            p.setSpacingAfter(3);
            return p;
        }).toList();
    }

    /** A two-column table of facts (label, value), as on the cover. */
    public static PdfPTable factTable() {
        PdfPTable facts = new PdfPTable(new float[] {1, 2.6f});
        facts.setWidthPercentage(100);
        facts.setSplitLate(false);
        return facts;
    }

    /** A row of a facts table, left out when there is no value; each line of the value is a paragraph. */
    public static void fact(PdfPTable table, String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        PdfPCell labelCell = new PdfPCell();
        labelCell.addElement(paragraph(label, Style.BODY_ITALIC));
        PdfPCell text = new PdfPCell();
        for (String line : value.split("\n")) {
            text.addElement(paragraph(line, Style.BODY));
        }
        for (PdfPCell cell : new PdfPCell[] {labelCell, text}) {
            cell.setBorder(Rectangle.TOP);
            cell.setBorderColor(Style.RULE);
            cell.setBorderWidth(0.5f);
            cell.setPaddingTop(5);
            cell.setPaddingBottom(7);
            cell.setUseAscender(true);
            table.addCell(cell);
        }
    }

    /** A small square in a colour, as the legend of the network figure uses for partner types. */
    public static Chunk swatch(Color color, float size) {
        return new Chunk("■ ", Style.font(PdfFonts.regular(), size, color));
    }
}
