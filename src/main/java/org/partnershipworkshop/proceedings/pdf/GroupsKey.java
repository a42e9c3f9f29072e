package org.partnershipworkshop.proceedings.pdf;

import java.awt.Color;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfTemplate;
import org.partnershipworkshop.documents.PdfFonts;
import org.partnershipworkshop.documents.Style;
import org.partnershipworkshop.documents.Blocks;
import org.partnershipworkshop.documents.Text;
import org.partnershipworkshop.documents.Labels;

/** The column beside the network figure: the groups by number, marked like their services in the graph. */
final class GroupsKey {

    static final float WIDTH = 175;

    private final Labels labels;

    GroupsKey(Labels labels) {
        this.labels = labels;
    }

    /** Type sizes tried for the list of groups, largest first, before names are cut to one line. */
    private static final float[] GROUP_SIZES = {8, 7.5f, 7, 6.5f};

    /**
     * The groups by number in the column beside the graph, each name in full at the largest size that lets
     * every group fit, else each on one line (shortened); at the foot, when a partner's name had to be
     * shortened in the graph, where to find it in full.
     */
    void draw(PdfTemplate cb, float x, float height, Proceedings p, boolean shortenedNames) {
        cb.saveState();
        cb.setColorFill(Style.BOARD);
        cb.rectangle(x, 0, WIDTH, height);
        cb.fill();
        cb.restoreState();
        float bottom = 4;
        if (shortenedNames) {
            float top = bottom + heightOf(cb, x, shortenedNote()) + 2;
            ColumnText note = new ColumnText(cb);
            note.setSimpleColumn(x + 10, bottom, x + WIDTH - 8, top);
            note.addElement(shortenedNote());
            note.go();
            bottom = top + 6;
        }
        if (p.groups().isEmpty()) {
            return;
        }
        for (float size : GROUP_SIZES) {
            if (p.groups().size() * size * 1.25f > height - bottom) {
                continue; // not even one line per group fits: no need to try
            }
            if (groupList(cb, x, bottom, height, p, size, false, true)) {
                groupList(cb, x, bottom, height, p, size, false, false);
                return;
            }
        }
        float size = GROUP_SIZES[GROUP_SIZES.length - 1];
        if (!groupList(cb, x, bottom + 12, height, p, size, true, false)) {
            ColumnText more = new ColumnText(cb);
            more.setSimpleColumn(x + 10, bottom, x + WIDTH - 8, bottom + 12);
            more.addElement(Blocks.paragraph(labels.text("proceedings.network.moreGroups"), Style.SMALL_ITALIC));
            more.go();
        }
    }

    private Paragraph shortenedNote() {
        return Blocks.paragraph(labels.text("proceedings.network.shortened"), Style.SMALL_ITALIC);
    }

    /** How tall a block is in the column beside the graph. */
    private static float heightOf(PdfContentByte cb, float x, Element block) {
        ColumnText column = new ColumnText(cb);
        column.setSimpleColumn(x + 10, 0, x + WIDTH - 8, 1000);
        column.addElement(block);
        column.go(true);
        return 1000 - column.getYLine();
    }

    private static PdfPCell keyCell(Phrase phrase, int align, float size) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(align);
        cell.setPadding(0);
        cell.setPaddingLeft(align == Element.ALIGN_LEFT ? 4 : 0);
        cell.setLeading(0, 1.25f);
        return cell;
    }

    /** Writes (or with {@code simulate} only tries) the list; whether every group fitted. */
    private boolean groupList(PdfTemplate cb, float x, float bottom, float height, Proceedings p, float size,
                              boolean oneLine, boolean simulate) {
        ColumnText column = new ColumnText(cb);
        column.setSimpleColumn(x + 10, bottom, x + WIDTH - 8, height - 8);
        Paragraph title = Blocks.paragraph(labels.text("proceedings.groups"), Style.FIELD_LABEL);
        title.setSpacingAfter(4);
        column.addElement(title);
        Font number = Style.font(PdfFonts.bold(), size, Color.WHITE);
        Font name = Style.font(PdfFonts.regular(), size, Style.TEXT);
        int widest = p.groups().stream().mapToInt(GroupSheet::number).max().orElse(1);
        float numberWidth = Math.max(size * 1.4f, PdfFonts.bold().getWidthPoint(String.valueOf(widest), size) + size * 0.6f);
        float listWidth = WIDTH - 18;
        PdfPTable table = new PdfPTable(new float[] {numberWidth, listWidth - numberWidth});
        table.getDefaultCell().setBorder(Rectangle.NO_BORDER);
        table.setTotalWidth(listWidth);
        table.setLockedWidth(true);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        for (GroupSheet g : p.groups()) {
            PdfPCell tag = keyCell(new Phrase(String.valueOf(g.number()), number), Element.ALIGN_CENTER, size);
            tag.setCellEvent((cell, position, canvases) -> { // the service's mark, as in the graph
                PdfContentByte background = canvases[PdfPTable.BACKGROUNDCANVAS];
                float h = size * 1.3f;
                background.setColorFill(Style.ACCENT_DARK);
                background.roundRectangle(position.getLeft(), position.getTop() - size * 0.1f - h,
                        position.getWidth(), h, h / 5);
                background.fill();
            });
            tag.setPaddingBottom(oneLine ? size * 0.15f : size * 0.35f);
            table.addCell(tag);
            String text = oneLine ? Text.fit(g.name(), PdfFonts.regular(), size, listWidth - numberWidth - 4) : g.name();
            PdfPCell cell = keyCell(new Phrase(text, name), Element.ALIGN_LEFT, size);
            cell.setPaddingBottom(oneLine ? size * 0.15f : size * 0.35f);
            table.addCell(cell);
        }
        column.addElement(table);
        return !ColumnText.hasMoreText(column.go(simulate));
    }
}
