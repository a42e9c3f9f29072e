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
import org.openpdf.text.pdf.PdfPTable;
import org.partnershipworkshop.meeting.Feedback;
import org.partnershipworkshop.documents.Style;
import org.partnershipworkshop.documents.Blocks;
import org.partnershipworkshop.documents.Sections;
import org.partnershipworkshop.documents.Labels;

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
        long most = Math.max(1, f.ratings().stream().mapToLong(Integer::longValue).max().orElse(0));
        PdfPTable table = Blocks.table(new float[] {1.2f, 0.7f, 3f}, 1);
        table.addCell(Blocks.headCell(labels.text("proceedings.form.mark")));
        table.addCell(Blocks.headCell(labels.text("proceedings.form.answers")));
        table.addCell(Blocks.headCell(""));
        int row = 0;
        for (int mark = f.ratings().size(); mark >= 1; mark--) {
            int count = f.ratings().get(mark - 1);
            table.addCell(Blocks.cell(labels.text("proceedings.form.markOf", mark), Style.SMALL_BOLD, row));
            table.addCell(Blocks.rightCell(String.valueOf(count), Style.SMALL_BOLD, row));
            table.addCell(Blocks.bar((float) count / most, row));
            row++;
        }
        document.add(table);
    }

    private void willUse(FormFeedback f, List<String> recorded) {
        if (!f.lines().isEmpty()) {
            document.add(heading(labels.text("proceedings.feedback.willUse")));
            document.add(Blocks.paragraph(labels.text("proceedings.form.willUseIntro", f.answers()), Style.SMALL_MUTED, 2));
            long most = Math.max(1, f.lines().stream().mapToLong(FormFeedback.Line::count).max().orElse(0));
            PdfPTable table = Blocks.table(new float[] {3.4f, 0.7f, 2f}, 1);
            table.addCell(Blocks.headCell(labels.text("proceedings.form.line")));
            table.addCell(Blocks.headCell(labels.text("proceedings.form.answers")));
            table.addCell(Blocks.headCell(""));
            int row = 0;
            for (FormFeedback.Line line : f.lines()) {
                table.addCell(Blocks.cell(line.text(), Style.SMALL, row));
                table.addCell(Blocks.rightCell(String.valueOf(line.count()), Style.SMALL_BOLD, row));
                table.addCell(Blocks.bar((float) line.count() / most, row));
                row++;
            }
            document.add(table);
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
