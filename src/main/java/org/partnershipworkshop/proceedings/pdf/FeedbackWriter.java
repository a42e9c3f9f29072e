package org.partnershipworkshop.proceedings.pdf;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.partnershipworkshop.meeting.Feedback;
import org.partnershipworkshop.documents.Style;
import org.partnershipworkshop.documents.Blocks;
import org.partnershipworkshop.documents.Sections;
import org.partnershipworkshop.documents.Labels;
import org.partnershipworkshop.documents.Printer;

/**
 * The participants' feedback. With answers to the feedback form: how many answered, the rating of the meeting
 * (average and how many gave each mark), each checklist line with how many will use it as a bar, then what the
 * recorded feedback names beyond the checklist, and every comment — the form's first, then the recorded ones.
 * Without answers: what the meeting records, as before (decision 0066).
 */
final class FeedbackWriter {

    private final Document document;
    private final Sections sections;
    private final Labels labels;

    FeedbackWriter(Document document, Sections sections, Labels labels) {
        this.document = document;
        this.sections = sections;
        this.labels = labels;
    }

    void write(Feedback feedback, Optional<FormFeedback> form) {
        document.setPageSize(PageSize.A4);
        document.newPage();
        sections.heading(document, ProceedingsPlan.FEEDBACK, Style.H1, 0);
        Optional<FormFeedback> answered = form.filter(f -> f.answers() > 0);
        if (feedback.isEmpty() && answered.isEmpty()) {
            document.add(Blocks.paragraph(labels.text("proceedings.feedback.none"), Style.BODY_ITALIC));
            return;
        }
        if (answered.isEmpty()) {
            list(labels.text("proceedings.feedback.willUse"), feedback.willUse());
            list(labels.text("proceedings.feedback.comments"), feedback.comments());
            return;
        }
        FormFeedback f = answered.get();
        document.add(Blocks.paragraph(labels.text("proceedings.form.intro", f.answers()), Style.BODY, 4));
        rating(f);
        willUse(f, feedback.willUse());
        List<String> comments = new ArrayList<>(f.comments());
        comments.addAll(feedback.comments());
        list(labels.text("proceedings.feedback.comments"), comments);
    }

    private void rating(FormFeedback f) {
        Double average = f.average();
        if (average == null) {
            return;
        }
        NumberFormat one = NumberFormat.getNumberInstance(labels.locale());
        one.setMinimumFractionDigits(1);
        one.setMaximumFractionDigits(1);
        document.add(heading(labels.text("proceedings.form.rating")));
        document.add(Blocks.paragraph(labels.text("proceedings.form.average", one.format(average), f.rated()),
                Style.BODY_BOLD, 2));
        List<Printer.Bar> marks = new ArrayList<>();
        for (int mark = f.ratings().size(); mark >= 1; mark--) {
            marks.add(new Printer.Bar(labels.text("proceedings.form.markOf", mark), f.ratings().get(mark - 1)));
        }
        document.add(Blocks.bars(new float[] {1.2f, 0.7f, 3f}, labels.text("proceedings.form.mark"),
                labels.text("proceedings.form.answers"), marks, Style.SMALL_BOLD));
    }

    private void willUse(FormFeedback f, List<String> recorded) {
        if (!f.lines().isEmpty()) {
            document.add(heading(labels.text("proceedings.feedback.willUse")));
            document.add(Blocks.paragraph(labels.text("proceedings.form.willUseIntro", f.answers()), Style.SMALL_MUTED, 2));
            document.add(Blocks.bars(new float[] {3.4f, 0.7f, 2f}, labels.text("proceedings.form.line"),
                    labels.text("proceedings.form.answers"),
                    f.lines().stream().map(l -> new Printer.Bar(l.text(), l.count())).toList(), Style.SMALL));
        }
        Set<String> onChecklist = new HashSet<>();
        f.lines().forEach(l -> onChecklist.add(key(l.text())));
        List<String> beyond = recorded.stream().filter(t -> !onChecklist.contains(key(t))).toList();
        list(labels.text(f.lines().isEmpty() ? "proceedings.feedback.willUse" : "proceedings.form.alsoRecorded"), beyond);
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    private static Paragraph heading(String title) {
        Paragraph heading = Blocks.paragraph(title, Style.H3, 4);
        heading.setSpacingBefore(8);
        heading.setKeepTogether(true);
        return heading;
    }

    private void list(String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        document.add(heading(title));
        for (String item : items) {
            document.add(Blocks.bullet(item, Style.BODY, 4));
        }
    }
}
