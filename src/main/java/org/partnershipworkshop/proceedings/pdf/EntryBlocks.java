package org.partnershipworkshop.proceedings.pdf;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.partnershipworkshop.base.ui.Formats;
import org.partnershipworkshop.canvas.CanvasEntry;
import org.partnershipworkshop.canvas.Indicator;
import org.partnershipworkshop.canvas.Note;
import org.partnershipworkshop.canvas.PartnerEntry;
import org.partnershipworkshop.canvas.Resource;

/**
 * The entries of a board field as blocks: a sticky note per note, a line per resource with its cost, a
 * card per partner with its type (in the type's colour) and role, a card per indicator. Each block is a
 * one-cell table whose row may split across pages, so even a 2,000-character note is never clipped.
 */
final class EntryBlocks {

    private final Labels labels;

    EntryBlocks(Labels labels) {
        this.labels = labels;
    }

    List<Element> of(BoardField field) {
        List<Element> blocks = new ArrayList<>();
        for (CanvasEntry entry : field.entries()) {
            blocks.add(switch (entry) {
                case Note note -> card(List.of(Blocks.paragraph(note.text(), Style.SMALL)), Style.STICKY, Style.STICKY_BORDER);
                case Resource resource -> resource(resource);
                case PartnerEntry partner -> partner(partner);
                case Indicator indicator -> indicator(indicator);
            });
        }
        if (!field.totals().isEmpty()) {
            blocks.add(totals(field.totals()));
        }
        return blocks;
    }

    private Element resource(Resource r) {
        PdfPTable line = blockTable(new float[] {3, 1.25f});
        line.addCell(padded(new Phrase(r.item(), Style.SMALL), Style.RESOURCE, Element.ALIGN_LEFT));
        String cost = r.amount() == null ? "" : Formats.amount(r.amount(), labels.locale()) + " " + r.currency();
        line.addCell(padded(new Phrase(cost, Style.SMALL_BOLD), Style.RESOURCE, Element.ALIGN_RIGHT));
        return line;
    }

    private Element partner(PartnerEntry p) {
        List<Element> content = new ArrayList<>();
        content.add(Blocks.paragraph(p.name(), Style.SMALL_BOLD));
        Paragraph kind = Blocks.paragraph("", Style.SMALL_MUTED);
        kind.add(Blocks.swatch(PartnerColors.of(p.type()), Style.SMALL_MUTED.getSize()));
        kind.add(new Chunk(p.type() == null ? labels.text("proceedings.partnerType.none") : labels.text(p.type().labelKey()),
                Style.SMALL_MUTED));
        if (p.role() != null) {
            kind.add(new Chunk(" · " + p.role(), Style.SMALL_MUTED));
        }
        content.add(kind);
        return card(content, Style.PARTNER, Style.PARTNER_BORDER);
    }

    private Element indicator(Indicator i) {
        List<Element> content = new ArrayList<>();
        content.add(Blocks.paragraph(Text.join(", ", i.name(), i.unit()), Style.SMALL_BOLD));
        List<String> values = new ArrayList<>();
        if (i.lastYear() != null) {
            values.add(labels.text("proceedings.indicator.lastYear", Formats.amount(i.lastYear(), labels.locale())));
        }
        if (i.wholePeriod() != null) {
            values.add(labels.text("proceedings.indicator.wholePeriod", Formats.amount(i.wholePeriod(), labels.locale())));
        }
        if (!values.isEmpty()) {
            content.add(Blocks.paragraph(String.join(" · ", values), Style.SMALL_MUTED));
        }
        return card(content, Style.RESOURCE, Style.RESOURCE_BORDER);
    }

    private Element totals(Map<String, BigDecimal> totals) {
        Paragraph p = Blocks.paragraph("", Style.SMALL_BOLD);
        p.setAlignment(Element.ALIGN_RIGHT);
        p.setSpacingBefore(2);
        p.add(new Chunk(labels.text("proceedings.total") + ": ", Style.SMALL_MUTED));
        p.add(new Chunk(Formats.totals(totals, labels.locale()), Style.SMALL_BOLD));
        return p;
    }

    /** A one-cell table with a tinted background and a thin border: the look of a note on the board. */
    static PdfPTable card(List<Element> content, Color background, Color border) {
        PdfPTable card = blockTable(new float[] {1});
        PdfPCell cell = new PdfPCell();
        content.forEach(cell::addElement);
        style(cell, background, border);
        card.addCell(cell);
        return card;
    }

    private static PdfPTable blockTable(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSplitLate(false);
        table.setSplitRows(true);
        table.setSpacingAfter(3);
        return table;
    }

    private static PdfPCell padded(Phrase phrase, Color background, int alignment) {
        PdfPCell cell = new PdfPCell();
        Paragraph p = new Paragraph(phrase);
        p.setLeading(phrase.getFont().getSize() * 1.3f);
        p.setAlignment(alignment);
        cell.addElement(p);
        style(cell, background, Style.RESOURCE_BORDER);
        return cell;
    }

    private static void style(PdfPCell cell, Color background, Color border) {
        cell.setBackgroundColor(background);
        cell.setBorderColor(border);
        cell.setBorderWidth(0.5f);
        cell.setPadding(4);
        cell.setPaddingTop(2.5f);
        cell.setPaddingBottom(4.5f);
        cell.setUseAscender(true);
    }
}
