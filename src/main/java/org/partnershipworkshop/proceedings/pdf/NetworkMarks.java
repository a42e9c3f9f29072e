package org.partnershipworkshop.proceedings.pdf;

import java.awt.Color;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.partnershipworkshop.documents.PdfFonts;
import org.partnershipworkshop.documents.Style;

/** The marks of the network figure, drawn the same in the graph and in its keys. */
final class NetworkMarks {

    private NetworkMarks() {
    }

    /** A partner: a disc in its type's colour with a white rim. */
    static void disc(PdfContentByte cb, Color color, float x, float y, float r) {
        cb.setColorFill(color);
        cb.setColorStroke(Color.WHITE);
        cb.setLineWidth(0.8f);
        cb.circle(x, y, r);
        cb.fillStroke();
    }

    /** A group's service: a dark rounded square with the group's number. */
    static void service(PdfContentByte cb, String number, float x, float y, float side) {
        BaseFont font = PdfFonts.bold();
        float size = side * 0.56f;
        float width = Math.max(side, font.getWidthPoint(number, size) + side * 0.4f);
        cb.setColorFill(Style.ACCENT_DARK);
        cb.setColorStroke(Color.WHITE);
        cb.setLineWidth(1);
        cb.roundRectangle(x - width / 2, y - side / 2, width, side, side / 5);
        cb.fillStroke();
        cb.beginText();
        cb.setFontAndSize(font, size);
        cb.setColorFill(Color.WHITE);
        cb.showTextAligned(Element.ALIGN_CENTER, number, x, y - size * 0.36f, 0);
        cb.endText();
    }

    /** The colour mixed with white: {@code share} of it is left. */
    static Color pale(Color c, float share) {
        return new Color(mix(c.getRed(), share), mix(c.getGreen(), share), mix(c.getBlue(), share));
    }

    private static int mix(int channel, float share) {
        return Math.round(255 - (255 - channel) * share);
    }
}
