package org.partnershipworkshop.proceedings.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.PdfContentByte;
import org.partnershipworkshop.canvas.PartnerType;
import org.partnershipworkshop.documents.PdfFonts;
import org.partnershipworkshop.documents.Style;
import org.partnershipworkshop.documents.Labels;
import org.partnershipworkshop.documents.PartnerColors;
import org.partnershipworkshop.proceedings.figure.NetworkLayout;

/**
 * The key to the network figure's marks, in lines under the graph: the partner types present with their
 * colours, then the service's square, the disc sizes and what a bold name means.
 */
final class MarksKey {

    private static final Font FONT = Style.font(PdfFonts.regular(), 7.5f, Style.TEXT);
    private static final Font BOLD = Style.font(PdfFonts.bold(), 7.5f, Style.TEXT);
    static final float LINE = 12;
    private static final float GAP = 12;
    private static final float MARK_ROOM = 11;

    private enum Mark { TYPE, SERVICE, SIZES, SHARED }

    private record KeyItem(Mark mark, Color color, String text, Font font) {
        float width() {
            float marks = switch (mark) {
                case TYPE, SERVICE -> MARK_ROOM;
                case SIZES -> 3 * MARK_ROOM + 2;
                case SHARED -> 0;
            };
            return marks + font.getBaseFont().getWidthPoint(text, font.getSize());
        }
    }

    private final List<List<KeyItem>> lines;

    /** The key for a meeting, in lines no wider than {@code width}. */
    MarksKey(Proceedings p, Labels labels, float width) {
        this.lines = flow(items(p, labels), width);
    }

    float height() {
        return lines.size() * LINE;
    }

    /** The partner types present, then the service mark, the disc sizes and the bold names. */
    private static List<KeyItem> items(Proceedings p, Labels labels) {
        Set<PartnerType> types = EnumSet.noneOf(PartnerType.class);
        boolean untyped = false;
        for (Overview.PartnerLine partner : p.overview().partners()) {
            if (partner.type() == null) {
                untyped = true;
            } else {
                types.add(partner.type());
            }
        }
        List<KeyItem> items = new ArrayList<>();
        for (PartnerType type : types) {
            items.add(new KeyItem(Mark.TYPE, PartnerColors.of(type), labels.text(type.labelKey()), FONT));
        }
        if (untyped) {
            items.add(new KeyItem(Mark.TYPE, PartnerColors.UNTYPED, labels.text("proceedings.partnerType.none"), FONT));
        }
        items.add(null); // a new line
        items.add(new KeyItem(Mark.SERVICE, Style.ACCENT_DARK, labels.text("proceedings.network.service"), FONT));
        if (!p.overview().partners().isEmpty()) {
            items.add(new KeyItem(Mark.SIZES, PartnerColors.UNTYPED, labels.text("proceedings.network.size"), FONT));
            items.add(new KeyItem(Mark.SHARED, null, labels.text("proceedings.network.shared"), BOLD));
        }
        return items;
    }

    /** The items in lines no wider than {@code width}; {@code null} starts a new line. */
    private static List<List<KeyItem>> flow(List<KeyItem> items, float width) {
        List<List<KeyItem>> lines = new ArrayList<>();
        List<KeyItem> line = new ArrayList<>();
        float used = 0;
        for (KeyItem item : items) {
            if (item == null || (!line.isEmpty() && used + item.width() > width)) {
                if (!line.isEmpty()) {
                    lines.add(line);
                }
                line = new ArrayList<>();
                used = 0;
                if (item == null) {
                    continue;
                }
            }
            line.add(item);
            used += item.width() + GAP;
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    /** Draws the key with its bottom at 0, a rule above it as wide as the graph. */
    void draw(PdfContentByte cb, float width) {
        float keyHeight = height();
        cb.setColorStroke(Style.RULE);
        cb.setLineWidth(0.5f);
        cb.moveTo(0, keyHeight + 3);
        cb.lineTo(width, keyHeight + 3);
        cb.stroke();
        float y = keyHeight - LINE + 3;
        for (List<KeyItem> line : lines) {
            float x = 0;
            for (KeyItem item : line) {
                float mid = y + 2.6f;
                switch (item.mark()) {
                    case TYPE -> NetworkMarks.disc(cb, item.color(), x + 4, mid, 3.6f);
                    case SERVICE -> NetworkMarks.service(cb, "1", x + 4.5f, mid, 9);
                    case SIZES -> {
                        for (int degree : new int[] {1, 2, 4}) {
                            float r = (float) NetworkLayout.radius(degree);
                            x += r;
                            NetworkMarks.disc(cb, item.color(), x, mid, r);
                            x += r + 1;
                        }
                        x += 2 - MARK_ROOM;
                    }
                    case SHARED -> x -= MARK_ROOM;
                }
                x += MARK_ROOM;
                cb.beginText();
                cb.setFontAndSize(item.font().getBaseFont(), item.font().getSize());
                cb.setColorFill(Style.TEXT);
                cb.showTextAligned(Element.ALIGN_LEFT, item.text(), x, y, 0);
                cb.endText();
                x += item.font().getBaseFont().getWidthPoint(item.text(), item.font().getSize()) + GAP;
            }
            y -= LINE;
        }
    }
}
