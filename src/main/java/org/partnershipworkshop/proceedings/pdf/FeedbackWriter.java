package org.partnershipworkshop.proceedings.pdf;

import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.partnershipworkshop.meeting.Feedback;

/** The participants' feedback: what they will use in their practice, and their comments. */
final class FeedbackWriter {

    private final Document document;
    private final Sections sections;
    private final Labels labels;

    FeedbackWriter(Document document, Sections sections, Labels labels) {
        this.document = document;
        this.sections = sections;
        this.labels = labels;
    }

    void write(Feedback feedback) {
        document.setPageSize(PageSize.A4);
        document.newPage();
        sections.heading(document, SectionPlan.FEEDBACK, Style.H1, 0);
        if (feedback.isEmpty()) {
            document.add(Blocks.paragraph(labels.text("proceedings.feedback.none"), Style.BODY_ITALIC));
            return;
        }
        list(labels.text("proceedings.feedback.willUse"), feedback.willUse());
        list(labels.text("proceedings.feedback.comments"), feedback.comments());
    }

    private void list(String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        Paragraph heading = Blocks.paragraph(title, Style.H3, 4);
        heading.setSpacingBefore(8);
        document.add(heading);
        for (String item : items) {
            document.add(Blocks.bullet(item, Style.BODY, 4));
        }
    }
}
