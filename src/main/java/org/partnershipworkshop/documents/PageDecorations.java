package org.partnershipworkshop.documents;

import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The page event of the proceedings: a running header (meeting title, current section) and a footer
 * "page x of y" on every page but the cover. The total is unknown until the end, so each footer is a
 * reserved {@link PdfTemplate} filled when the document closes (one per page, so the text can be aligned
 * right in any language's word order); the page numbers of the contents page are filled the same way.
 * It also tells {@link Sections} where headings land.
 */
public final class PageDecorations extends PdfPageEventHelper {

    public static final float HEADER_BAND = 28;
    public static final float FOOTER_BAND = 26;
    private static final float SIZE = Style.DECORATION.getSize();
    private static final float FOOTER_WIDTH = 200;

    private final String meetingTitle;
    private final Labels labels;
    private final Sections sections;
    private final List<Runnable> onClose = new ArrayList<>();
    private final List<PageNumber> numbers = new ArrayList<>();
    private String part = "";

    public PageDecorations(String meetingTitle, Labels labels, Sections sections) {
        this.meetingTitle = meetingTitle;
        this.labels = labels;
        this.sections = sections;
    }

    /** Work to do once every page is known (filling reserved page numbers). */
    public void whenClosed(Runnable work) {
        onClose.add(work);
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String id) {
        sections.placed(id, writer.getPageNumber());
        part = sections.title(id);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        int page = writer.getPageNumber();
        if (page == 1) {
            return; // the cover
        }
        Rectangle size = writer.getPageSize();
        float left = document.leftMargin();
        float right = size.getWidth() - document.rightMargin();
        PdfContentByte cb = writer.getDirectContent();
        BaseFont font = PdfFonts.regular();

        float headerY = size.getHeight() - document.topMargin() + HEADER_BAND - SIZE - 6;
        float half = (right - left) / 2 - 12;
        String partTitle = Text.fit(part, font, SIZE, half);
        float titleWidth = right - left - font.getWidthPoint(partTitle, SIZE) - 24;
        text(cb, font, Text.fit(meetingTitle, font, SIZE, titleWidth), left, headerY, Element.ALIGN_LEFT);
        text(cb, PdfFonts.bold(), partTitle, right, headerY, Element.ALIGN_RIGHT);
        rule(cb, left, right, headerY - 5);

        float footerY = document.bottomMargin() - FOOTER_BAND + 8;
        rule(cb, left, right, footerY + SIZE + 4);
        PdfTemplate number = cb.createTemplate(FOOTER_WIDTH, SIZE + 4);
        cb.addTemplate(number, right - FOOTER_WIDTH, footerY - 2);
        numbers.add(new PageNumber(number, page));
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        int pages = writer.getPageNumber() - 1;
        for (PageNumber number : numbers) {
            PdfTemplate t = number.template();
            t.beginText();
            t.setFontAndSize(PdfFonts.regular(), SIZE);
            t.setColorFill(Style.MUTED);
            t.showTextAligned(Element.ALIGN_RIGHT, labels.text("proceedings.page", number.page(), pages), FOOTER_WIDTH, 2, 0);
            t.endText();
        }
        onClose.forEach(Runnable::run);
    }

    /** A page's "page x of y", drawn once the total is known. */
    private record PageNumber(PdfTemplate template, int page) {
    }

    private static void text(PdfContentByte cb, BaseFont font, String text, float x, float y, int alignment) {
        cb.beginText();
        cb.setFontAndSize(font, SIZE);
        cb.setColorFill(Style.MUTED);
        cb.showTextAligned(alignment, text, x, y, 0);
        cb.endText();
    }

    private static void rule(PdfContentByte cb, float left, float right, float y) {
        cb.saveState();
        cb.setColorStroke(Style.RULE);
        cb.setLineWidth(0.5f);
        cb.moveTo(left, y);
        cb.lineTo(right, y);
        cb.stroke();
        cb.restoreState();
    }
}
