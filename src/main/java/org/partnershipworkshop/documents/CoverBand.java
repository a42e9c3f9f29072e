package org.partnershipworkshop.documents;

import java.awt.Color;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The band across the top of a cover page (the proceedings', the network action's summary): the dark accent
 * colour with a thin accent rule under it and a small spaced-out line of capitals (what the document is).
 */
public final class CoverBand {

    public static final float HEIGHT = 150;

    private CoverBand() {
    }

    /** Draws the band on the current page and adds the room it takes, so the cover's text starts below it. */
    public static void draw(Document document, PdfWriter writer, String eyebrow) {
        Rectangle page = writer.getPageSize();
        PdfContentByte under = writer.getDirectContentUnder();
        under.saveState();
        under.setColorFill(Style.ACCENT_DARK);
        under.rectangle(0, page.getHeight() - HEIGHT, page.getWidth(), HEIGHT);
        under.fill();
        under.setColorFill(Style.ACCENT);
        under.rectangle(0, page.getHeight() - HEIGHT - 6, page.getWidth(), 6);
        under.fill();
        under.restoreState();
        PdfContentByte over = writer.getDirectContent();
        over.beginText();
        over.setFontAndSize(PdfFonts.bold(), 11);
        over.setColorFill(Color.WHITE);
        over.setCharacterSpacing(1.5f);
        over.showTextAligned(Element.ALIGN_LEFT, Text.fit(eyebrow, PdfFonts.bold(), 11, page.getWidth() - 2 * document.leftMargin()),
                document.leftMargin(), page.getHeight() - HEIGHT + 24, 0);
        over.setCharacterSpacing(0);
        over.endText();
        document.add(spacer(HEIGHT + 28 - document.topMargin()));
    }

    /** Room for the band: a paragraph's spacing is dropped at the top of a page, an empty row of fixed height is not. */
    private static PdfPTable spacer(float height) {
        PdfPTable spacer = new PdfPTable(1);
        spacer.setWidthPercentage(100);
        PdfPCell cell = new PdfPCell();
        cell.setBorder(0);
        cell.setFixedHeight(height);
        spacer.addCell(cell);
        return spacer;
    }
}
