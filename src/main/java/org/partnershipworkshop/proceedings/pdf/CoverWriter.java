package org.partnershipworkshop.proceedings.pdf;

import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.partnershipworkshop.base.ui.Formats;
import org.partnershipworkshop.meeting.MeetingFacts;
import org.partnershipworkshop.documents.Style;
import org.partnershipworkshop.documents.Blocks;
import org.partnershipworkshop.documents.CoverBand;
import org.partnershipworkshop.documents.Labels;

/** The cover: title, kind, dates, venue, host, organisers, regions, participants and tables. */
final class CoverWriter {

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
        CoverBand.draw(document, writer, labels.text("proceedings.document").toUpperCase(labels.locale()));
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

    private void fact(PdfPTable table, String key, String value) {
        Blocks.fact(table, labels.text(key), value);
    }
}
