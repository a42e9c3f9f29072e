package org.partnershipworkshop.documents;

import java.io.OutputStream;
import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.draw.LineSeparator;

/**
 * Letters of one A4 page each in the product's look, for letters of thanks and certificates: a double frame
 * in the accent colours, the sender at the top over a rule, the heading, the addressee, the text, the date
 * line, and signature lines (role, a line to sign on, a line for the name) at the foot of the page. No running
 * header or page numbers: each page is a letter of its own. The caller writes the letters and closes.
 */
public final class LetterDocument {

    /** One letter: who sends it, its heading, to whom, its paragraphs, the line of date and occasion, who signs. */
    public record Letter(String sender, String heading, String addressee, List<String> paragraphs, String dateLine,
                         List<String> signers) {

        public Letter {
            paragraphs = List.copyOf(paragraphs);
            signers = List.copyOf(signers);
        }
    }

    private static final float MARGIN = 64;
    private static final float FRAME = 24;
    private static final Font SENDER = Style.font(PdfFonts.bold(), 12, Style.ACCENT_DARK);
    private static final Font HEADING = Style.font(PdfFonts.bold(), 28, Style.ACCENT_DARK);
    private static final Font ADDRESSEE = Style.font(PdfFonts.bold(), 15, Style.TEXT);
    private static final Font TEXT = Style.font(PdfFonts.regular(), 12, Style.TEXT);
    private static final Font DATE = Style.font(PdfFonts.italic(), 11, Style.MUTED);
    private static final Font SIGNER = Style.font(PdfFonts.regular(), 11, Style.TEXT);

    private final Document document;
    private final PdfWriter writer;
    private final String signatureCaption;
    private final String nameCaption;
    private int letters;

    /** {@code signatureCaption}, {@code nameCaption}: the small words under the lines to sign on and to write the name on. */
    public LetterDocument(OutputStream out, Labels labels, String title, String author, String signatureCaption,
                          String nameCaption) {
        this.signatureCaption = signatureCaption;
        this.nameCaption = nameCaption;
        document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
        writer = PdfWriter.getInstance(document, out);
        writer.setPdfVersion(PdfWriter.PDF_VERSION_1_7);
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(labels.locale().getLanguage()));
        document.addTitle(title);
        document.addAuthor(author == null ? "" : author);
        document.addCreator("Partnership Workshop");
        document.addCreationDate();
        document.open();
    }

    /** Adds a letter on a page of its own. */
    public void letter(Letter letter) {
        if (letters++ > 0) {
            document.newPage();
        }
        frame();
        document.add(centred(letter.sender(), SENDER, 0, 2));
        Paragraph rule = new Paragraph(new Chunk(new LineSeparator(1.2f, 60, Style.ACCENT, Element.ALIGN_CENTER, 0)));
        rule.setLeading(8);
        document.add(rule);
        document.add(centred(letter.heading(), HEADING, 70, 30));
        document.add(centred(letter.addressee(), ADDRESSEE, 0, 26));
        for (String text : letter.paragraphs()) {
            Paragraph p = Blocks.paragraph(text, TEXT);
            p.setLeading(TEXT.getSize() * 1.55f);
            p.setAlignment(Element.ALIGN_JUSTIFIED);
            p.setFirstLineIndent(28);
            p.setSpacingAfter(10);
            document.add(p);
        }
        if (letter.dateLine() != null && !letter.dateLine().isBlank()) {
            Paragraph date = Blocks.paragraph(letter.dateLine(), DATE);
            date.setSpacingBefore(12);
            document.add(date);
        }
        signatures(letter.signers());
    }

    /** Closes the document and answers its page count. */
    public int close() {
        int pages = writer.getPageNumber();
        document.close();
        return pages;
    }

    /** The signature lines, fixed at the foot of the page: the role on the line to sign on and the line for the name, captions under them. */
    private void signatures(List<String> signers) {
        PdfPTable table = new PdfPTable(new float[] {2.2f, 1.6f, 1.8f});
        table.setTotalWidth(document.right() - document.left());
        table.setLockedWidth(true);
        for (String signer : signers) {
            PdfPCell role = cell(Blocks.paragraph(signer, SIGNER), Rectangle.NO_BORDER);
            role.setPaddingLeft(0);
            table.addCell(role);
            table.addCell(cell(Blocks.paragraph("", SIGNER), Rectangle.BOTTOM));
            table.addCell(cell(Blocks.paragraph("", SIGNER), Rectangle.BOTTOM));
            table.addCell(cell(Blocks.paragraph("", Style.SMALL_MUTED), Rectangle.NO_BORDER));
            table.addCell(caption(signatureCaption));
            table.addCell(caption(nameCaption));
        }
        table.writeSelectedRows(0, -1, document.left(), document.bottom() + 20 + table.getTotalHeight(), writer.getDirectContent());
    }

    /** A cell of the signature lines: its text at the bottom, on the line when the cell has one. */
    private static PdfPCell cell(Paragraph content, int border) {
        PdfPCell cell = new PdfPCell();
        cell.addElement(content);
        cell.setBorder(border);
        cell.setBorderColor(Style.TEXT);
        cell.setBorderWidth(0.6f);
        cell.setMinimumHeight(34);
        cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
        cell.setPaddingLeft(8);
        cell.setPaddingRight(8);
        cell.setPaddingBottom(3);
        cell.setUseAscender(true);
        return cell;
    }

    private static PdfPCell caption(String text) {
        Paragraph under = Blocks.paragraph(text, Style.SMALL_MUTED);
        under.setAlignment(Element.ALIGN_CENTER);
        PdfPCell cell = cell(under, Rectangle.NO_BORDER);
        cell.setMinimumHeight(0);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        cell.setPaddingTop(1);
        cell.setPaddingBottom(6);
        return cell;
    }

    private static Paragraph centred(String text, Font font, float before, float after) {
        Paragraph p = Blocks.paragraph(text, font);
        p.setLeading(font.getSize() * 1.35f);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        return p;
    }

    private void frame() {
        Rectangle page = writer.getPageSize();
        PdfContentByte cb = writer.getDirectContentUnder();
        cb.saveState();
        cb.setColorStroke(Style.ACCENT_DARK);
        cb.setLineWidth(2.4f);
        cb.rectangle(FRAME, FRAME, page.getWidth() - 2 * FRAME, page.getHeight() - 2 * FRAME);
        cb.stroke();
        cb.setColorStroke(Style.ACCENT);
        cb.setLineWidth(0.6f);
        cb.rectangle(FRAME + 6, FRAME + 6, page.getWidth() - 2 * FRAME - 12, page.getHeight() - 2 * FRAME - 12);
        cb.stroke();
        cb.restoreState();
    }
}
