package org.partnershipworkshop.documents;

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
import org.partnershipworkshop.canvas.Target;

/**
 * The entries of a board field as blocks: a sticky note per note, a line per resource with its cost, a
 * card per partner with its type (in the type's colour) and role, a card per indicator or target. Each block is a
 * one-cell table whose row may split across pages, so even a 2,000-character note is never clipped.
 */
public final class EntryBlocks {

    private final Labels labels;

    public EntryBlocks(Labels labels) {
        this.labels = labels;
    }

    public List<Element> of(BoardField field, BoardType type) {
        List<Element> blocks = new ArrayList<>();
        for (CanvasEntry entry : field.entries()) {
            blocks.add(switch (entry) {
                case Note note -> card(List.of(Blocks.paragraph(note.text(), type.text())), Style.STICKY, Style.STICKY_BORDER);
                case Resource resource -> resource(resource, type);
                case PartnerEntry partner -> partner(partner, type);
                case Indicator indicator -> indicator(indicator, type);
                case Target target -> target(target, type);
            });
        }
        if (!field.totals().isEmpty()) {
            blocks.add(totals(field.totals(), type));
        }
        return blocks;
    }

    private Element resource(Resource r, BoardType type) {
        PdfPTable line = blockTable(new float[] {3, 1.25f});
        PdfPCell item = padded(new Phrase(r.item(), type.text()), Style.RESOURCE, Element.ALIGN_LEFT);
        if (r.amount() == null) {
            item.setColspan(2); // a resource without a cost: the item takes the whole line
            line.addCell(item);
        } else {
            line.addCell(item);
            String cost = Formats.amount(r.amount(), labels.locale()) + " " + r.currency();
            line.addCell(padded(new Phrase(cost, type.bold()), Style.RESOURCE, Element.ALIGN_RIGHT));
        }
        return line;
    }

    private Element partner(PartnerEntry p, BoardType type) {
        List<Element> content = new ArrayList<>();
        content.add(Blocks.paragraph(p.name(), type.bold()));
        Paragraph kind = Blocks.paragraph("", type.muted());
        kind.add(Blocks.swatch(PartnerColors.of(p.type()), type.muted().getSize()));
        kind.add(new Chunk(p.type() == null ? labels.text("proceedings.partnerType.none") : labels.text(p.type().labelKey()),
                type.muted()));
        if (p.role() != null) {
            kind.add(new Chunk(" · " + p.role(), type.muted()));
        }
        content.add(kind);
        return card(content, Style.PARTNER, Style.PARTNER_BORDER);
    }

    private Element indicator(Indicator i, BoardType type) {
        List<Element> content = new ArrayList<>();
        content.add(Blocks.paragraph(Text.join(", ", i.name(), i.unit()), type.bold()));
        List<String> values = new ArrayList<>();
        if (i.lastYear() != null) {
            values.add(labels.text("proceedings.indicator.lastYear", Formats.amount(i.lastYear(), labels.locale())));
        }
        if (i.wholePeriod() != null) {
            values.add(labels.text("proceedings.indicator.wholePeriod", Formats.amount(i.wholePeriod(), labels.locale())));
        }
        if (!values.isEmpty()) {
            content.add(Blocks.paragraph(String.join(" · ", values), type.muted()));
        }
        return card(content, Style.RESOURCE, Style.RESOURCE_BORDER);
    }

    private Element target(Target t, BoardType type) {
        List<Element> content = new ArrayList<>();
        content.add(Blocks.paragraph(Text.join(", ", t.name(), t.unit()), type.bold()));
        List<String> values = new ArrayList<>();
        if (t.base() != null) {
            values.add(labels.text("proceedings.target.base", Formats.amount(t.base(), labels.locale())));
        }
        if (t.target() != null) {
            values.add(labels.text("proceedings.target.target", Formats.amount(t.target(), labels.locale())));
        }
        if (t.period() != null) {
            values.add(t.period());
        }
        if (!values.isEmpty()) {
            content.add(Blocks.paragraph(String.join(" · ", values), type.muted()));
        }
        return card(content, Style.RESOURCE, Style.RESOURCE_BORDER);
    }

    private Element totals(Map<String, BigDecimal> totals, BoardType type) {
        Paragraph p = Blocks.paragraph("", type.bold());
        p.setAlignment(Element.ALIGN_RIGHT);
        p.setSpacingBefore(2);
        p.add(new Chunk(labels.text("proceedings.total") + ": ", type.muted()));
        p.add(new Chunk(Formats.totals(totals, labels.locale()), type.bold()));
        return p;
    }

    /** A one-cell table with a tinted background and a thin border: the look of a note on the board. */
    public static PdfPTable card(List<Element> content, Color background, Color border) {
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
