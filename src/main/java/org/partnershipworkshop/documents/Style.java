package org.partnershipworkshop.documents;

import java.awt.Color;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/** The proceedings' look in one place: the product's colours (as on the board in the browser) and type sizes. */
public final class Style {

    public static final Color ACCENT = new Color(0x1f, 0x5f, 0xa8);
    public static final Color ACCENT_DARK = new Color(0x17, 0x3f, 0x6e);
    public static final Color TEXT = new Color(0x1c, 0x24, 0x2e);
    public static final Color MUTED = new Color(0x5b, 0x67, 0x75);
    public static final Color RULE = new Color(0xc9, 0xd3, 0xde);
    public static final Color BOARD = new Color(0xee, 0xf2, 0xf6);
    public static final Color AREA = Color.WHITE;
    public static final Color STICKY = new Color(0xff, 0xf6, 0xc8);
    public static final Color STICKY_BORDER = new Color(0xe8, 0xd7, 0x83);
    public static final Color RESOURCE = new Color(0xe9, 0xf5, 0xec);
    public static final Color RESOURCE_BORDER = new Color(0xa9, 0xd3, 0xb4);
    public static final Color PARTNER = new Color(0xe8, 0xf0, 0xfa);
    public static final Color PARTNER_BORDER = new Color(0xb3, 0xc9, 0xe6);
    public static final Color ZEBRA = new Color(0xf5, 0xf7, 0xfa);

    public static final Font TITLE = font(PdfFonts.bold(), 26, ACCENT_DARK);
    public static final Font SUBTITLE = font(PdfFonts.regular(), 14, MUTED);
    public static final Font H1 = font(PdfFonts.bold(), 18, ACCENT_DARK);
    public static final Font H2 = font(PdfFonts.bold(), 13, ACCENT);
    public static final Font H3 = font(PdfFonts.bold(), 10.5f, TEXT);
    public static final Font BODY = font(PdfFonts.regular(), 10, TEXT);
    public static final Font BODY_BOLD = font(PdfFonts.bold(), 10, TEXT);
    public static final Font BODY_ITALIC = font(PdfFonts.italic(), 10, MUTED);
    public static final Font SMALL = font(PdfFonts.regular(), 8.5f, TEXT);
    public static final Font SMALL_BOLD = font(PdfFonts.bold(), 8.5f, TEXT);
    public static final Font SMALL_MUTED = font(PdfFonts.regular(), 8, MUTED);
    public static final Font SMALL_ITALIC = font(PdfFonts.italic(), 7.5f, MUTED);
    public static final Font FIELD_LABEL = font(PdfFonts.bold(), 8.5f, ACCENT);
    public static final Font TABLE_HEAD = font(PdfFonts.bold(), 9, Color.WHITE);
    public static final Font DECORATION = font(PdfFonts.regular(), 8, MUTED);

    private Style() {
    }

    public static Font font(BaseFont base, float size, Color color) {
        return new Font(base, size, Font.NORMAL, color);
    }
}
