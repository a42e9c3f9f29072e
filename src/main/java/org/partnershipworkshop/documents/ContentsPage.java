package org.partnershipworkshop.documents;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.draw.DottedLineSeparator;

/**
 * The contents page: every planned section with a dotted leader and its page number, each line a link.
 * The numbers are not known yet, so each line reserves a small template that {@link PageDecorations}
 * fills once the document closes — one pass, no second rendering (decision 0041).
 */
public final class ContentsPage {

    private static final float NUMBER_WIDTH = 32;

    private final Document document;
    private final PdfWriter writer;
    private final Sections sections;
    private final PageDecorations decorations;

    public ContentsPage(Document document, PdfWriter writer, Sections sections, PageDecorations decorations) {
        this.document = document;
        this.writer = writer;
        this.sections = sections;
        this.decorations = decorations;
    }

    /** Starts a new page with the contents under {@code title}. */
    public void write(String title) {
        document.newPage();
        Paragraph heading = new Paragraph(title, Style.H1);
        heading.setSpacingAfter(14);
        document.add(heading);
        PdfPTable table = new PdfPTable(new float[] {1});
        table.setWidthPercentage(100);
        table.setSplitLate(false);
        for (SectionPlan.Entry entry : sections.entries()) {
            table.addCell(line(entry));
        }
        document.add(table);
    }

    private PdfPCell line(SectionPlan.Entry entry) {
        boolean part = entry.level() == 1;
        Font font = part ? Style.BODY_BOLD : Style.BODY;
        Paragraph line = new Paragraph();
        line.setFont(font);
        line.setLeading(font.getSize() * 1.35f);
        Chunk title = new Chunk(entry.title() + " ", font);
        title.setLocalGoto(entry.id());
        line.add(title);
        DottedLineSeparator dots = new DottedLineSeparator();
        dots.setGap(3);
        dots.setLineColor(Style.RULE);
        dots.setOffset(-1);
        line.add(new Chunk(dots));
        line.add(new Chunk(number(entry.id(), font), 0, -3, false));
        PdfPCell cell = new PdfPCell();
        cell.addElement(line);
        cell.setBorder(0);
        cell.setPaddingLeft(part ? 0 : 16);
        cell.setPaddingRight(0);
        cell.setPaddingTop(part ? 7 : 0);
        cell.setPaddingBottom(1);
        return cell;
    }

    /** A reserved place for the section's page number, filled in when the document closes. */
    private Image number(String id, Font font) {
        float height = font.getSize() + 4;
        PdfTemplate template = writer.getDirectContent().createTemplate(NUMBER_WIDTH, height);
        decorations.whenClosed(() -> {
            template.beginText();
            template.setFontAndSize(font.getBaseFont(), font.getSize());
            template.setColorFill(Style.TEXT);
            template.showTextAligned(Element.ALIGN_RIGHT, String.valueOf(sections.page(id)), NUMBER_WIDTH, 3, 0);
            template.endText();
        });
        return Image.getInstance(template);
    }
}
