package org.partnershipworkshop.proceedings.pdf;

import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.partnershipworkshop.base.ui.Formats;
import org.partnershipworkshop.meeting.MeetingFacts;
import org.partnershipworkshop.documents.PdfFonts;
import org.partnershipworkshop.documents.Style;
import org.partnershipworkshop.documents.Blocks;
import org.partnershipworkshop.documents.Text;
import org.partnershipworkshop.documents.Labels;

/** The cover: title, kind, dates, venue, host, organisers, regions, participants and tables. */
final class CoverWriter {

    static final float BAND = 150;

    private final Document document;
    private final PdfWriter writer;
    private final Labels labels;

    CoverWriter(Document document, PdfWriter writer, Labels labels) {
        this.document = document;
        this.writer = writer;
        this.labels = labels;
    }

    void write(Proceedings p) {
        MeetingFacts f = p.facts();
        band(labels.text("proceedings.document").toUpperCase(labels.locale()));
        document.add(spacer(BAND + 28 - document.topMargin()));
        if (f.kind() != null) {
            document.add(Blocks.paragraph(f.kind(), Style.SUBTITLE, 6));
        }
        Paragraph title = new Paragraph(f.title(), Style.TITLE);
        title.setLeading(Style.TITLE.getSize() * 1.2f);
        title.setSpacingAfter(24);
        document.add(title);

        PdfPTable facts = Blocks.factTable();
        Locale locale = labels.locale();
        fact(facts, "proceedings.cover.dates", Formats.dates(f.startDate(), f.endDate(), locale));
        fact(facts, "proceedings.cover.venue", f.venue());
        fact(facts, "proceedings.cover.host", f.host());
        fact(facts, "proceedings.cover.organizers", String.join("\n", f.organizers()));
        fact(facts, "proceedings.cover.regions", String.join(", ", f.regions()));
        fact(facts, "proceedings.cover.participants", f.participantCount() == null ? null
                : labels.text("proceedings.cover.participantCount", f.participantCount()));
        fact(facts, "proceedings.cover.groups", p.groups().isEmpty() ? null
                : labels.text("proceedings.cover.groupCount", p.groups().size()));
        document.add(facts);
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

    private void band(String eyebrow) {
        Rectangle page = writer.getPageSize();
        PdfContentByte under = writer.getDirectContentUnder();
        under.saveState();
        under.setColorFill(Style.ACCENT_DARK);
        under.rectangle(0, page.getHeight() - BAND, page.getWidth(), BAND);
        under.fill();
        under.setColorFill(Style.ACCENT);
        under.rectangle(0, page.getHeight() - BAND - 6, page.getWidth(), 6);
        under.fill();
        under.restoreState();
        PdfContentByte over = writer.getDirectContent();
        over.beginText();
        over.setFontAndSize(PdfFonts.bold(), 11);
        over.setColorFill(java.awt.Color.WHITE);
        over.setCharacterSpacing(1.5f);
        over.showTextAligned(Element.ALIGN_LEFT, Text.fit(eyebrow, PdfFonts.bold(), 11, page.getWidth() - 2 * document.leftMargin()),
                document.leftMargin(), page.getHeight() - BAND + 24, 0);
        over.setCharacterSpacing(0);
        over.endText();
    }

    private void fact(PdfPTable table, String key, String value) {
        Blocks.fact(table, labels.text(key), value);
    }
}
