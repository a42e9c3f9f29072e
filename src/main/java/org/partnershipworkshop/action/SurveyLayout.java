package org.partnershipworkshop.action;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.documents.BoardDocument;
import org.partnershipworkshop.documents.Labels;
import org.partnershipworkshop.documents.Printer;
import org.partnershipworkshop.documents.Printer.Bar;
import org.partnershipworkshop.documents.Printer.Line;
import org.partnershipworkshop.survey.QuestionKind;
import org.partnershipworkshop.survey.Reply;
import org.partnershipworkshop.survey.SurveyResults;
import org.partnershipworkshop.survey.SurveyResults.GroupResult;
import org.partnershipworkshop.survey.SurveyResults.QuestionResult;
import org.partnershipworkshop.survey.SurveyResults.TextAnswer;
import org.partnershipworkshop.survey.SurveyResults.ValueCount;

/**
 * (c) of the summary, the reader survey: per question its label, how many answered it, a rating's average for the
 * region and its marks as bars, a choice's options as bars; the averages of each municipality per rating question;
 * the written answers (proposals) with their library, at most {@value #TEXTS} a question.
 */
final class SurveyLayout {

    static final String SURVEY = "survey";
    static final String MUNICIPALITIES = "municipalities";
    static final String PROPOSALS = "proposals";
    static final int TEXTS = 100;

    private final SurveyResults results;
    private final Labels labels;
    private final Language language;

    SurveyLayout(SurveyResults results, Labels labels) {
        this.results = results;
        this.labels = labels;
        this.language = Language.of(labels.locale());
    }

    static String questionId(QuestionResult q) {
        return "q-" + q.id();
    }

    /** "3. How convenient …": the question's number in the questionnaire and its label in the action's language. */
    String title(QuestionResult q) {
        return (results.questions().indexOf(q) + 1) + ". " + q.labels().in(language);
    }

    /** A rating's average as printed: two decimals in the action's locale. */
    static String average(double average, java.util.Locale locale) {
        NumberFormat two = NumberFormat.getNumberInstance(locale);
        two.setMinimumFractionDigits(2);
        two.setMaximumFractionDigits(2);
        return two.format(average);
    }

    List<BoardDocument.Part> parts() {
        List<BoardDocument.Part> parts = new ArrayList<>();
        parts.add(new BoardDocument.Part(SURVEY, text("part.survey")));
        results.questions().forEach(q -> parts.add(new BoardDocument.Part(questionId(q), title(q), SURVEY)));
        if (!ratings().isEmpty()) {
            parts.add(new BoardDocument.Part(MUNICIPALITIES, text("part.municipalities"), SURVEY));
        }
        if (!texts().isEmpty()) {
            parts.add(new BoardDocument.Part(PROPOSALS, text("part.proposals"), SURVEY));
        }
        return parts;
    }

    void print(Printer printer) {
        printer.heading(SURVEY, text("part.survey"), 1);
        printer.paragraph(text("survey.intro", results.answers(), results.byChannel().stream().filter(c -> c.answers() > 0).count()));
        for (QuestionResult q : results.questions()) {
            printer.keepLines(q.distribution() == null ? 6 : q.distribution().size() + 8);
            printer.heading(questionId(q), title(q), 2);
            printer.note(text("survey.answered", q.answered()));
            if (q.kind() == QuestionKind.RATING) {
                if (q.average() != null) {
                    printer.paragraph(text("survey.average", average(q.average(), labels.locale()), q.scale()));
                }
                List<Bar> marks = new ArrayList<>();
                for (ValueCount v : q.distribution().reversed()) {
                    marks.add(new Bar(text("survey.mark", v.value()), v.count()));
                }
                printer.bars(text("col.mark"), text("col.answers"), marks);
            } else if (q.kind().isText()) {
                printer.paragraph(text("survey.written", q.textCount() == null ? 0 : q.textCount()));
            } else {
                printer.bars(text("col.option"), text("col.answers"), q.distribution().stream()
                        .map(v -> new Bar(option(v), v.count())).toList());
            }
        }
        municipalities(printer);
        proposals(printer);
    }

    private String option(ValueCount v) {
        if (v.labels() != null) {
            return v.labels().in(language);
        }
        return Reply.YES.equals(v.value()) ? text("yes") : Reply.NO.equals(v.value()) ? text("no") : v.value();
    }

    private List<QuestionResult> ratings() {
        return results.questions().stream().filter(q -> q.kind() == QuestionKind.RATING).toList();
    }

    private List<QuestionResult> texts() {
        return results.questions().stream().filter(q -> q.kind().isText()).toList();
    }

    /** The region's and every municipality's average per rating question, the questions by their number. */
    private void municipalities(Printer printer) {
        List<QuestionResult> ratings = ratings();
        if (ratings.isEmpty()) {
            return;
        }
        printer.keepLines(10);
        printer.heading(MUNICIPALITIES, text("part.municipalities"), 2);
        printer.note(text("municipalities.intro"));
        List<String> headers = new ArrayList<>(List.of(text("col.municipality"), text("col.answers")));
        ratings.forEach(q -> headers.add("№ " + (results.questions().indexOf(q) + 1)));
        int rest = 100 - 30 - 10;
        int[] widths = new int[headers.size()];
        widths[0] = 30;
        widths[1] = 10;
        for (int i = 2; i < widths.length; i++) {
            widths[i] = rest / ratings.size();
        }
        List<Line> lines = new ArrayList<>();
        List<String> region = new ArrayList<>(List.of(text("municipalities.region"), String.valueOf(results.answers())));
        ratings.forEach(q -> region.add(q.average() == null ? "–" : average(q.average(), labels.locale())));
        lines.add(new Line(region, true));
        for (GroupResult g : results.byGroup()) {
            List<String> cells = new ArrayList<>(List.of(g.group(), String.valueOf(g.answers())));
            ratings.forEach(q -> {
                Double a = g.averages().get(q.id());
                cells.add(a == null ? "–" : average(a, labels.locale()));
            });
            lines.add(new Line(cells, false));
        }
        printer.table(headers, widths, lines);
    }

    /** The written answers of each text question with the library they came through; the rest counted. */
    private void proposals(Printer printer) {
        List<QuestionResult> texts = texts();
        if (texts.isEmpty()) {
            return;
        }
        printer.keepLines(8);
        printer.heading(PROPOSALS, text("part.proposals"), 2);
        for (QuestionResult q : texts) {
            printer.heading(null, title(q), 3);
            List<TextAnswer> shown = q.texts() == null ? List.of() : q.texts().stream().limit(TEXTS).toList();
            if (shown.isEmpty()) {
                printer.note(text("proposals.none"));
                continue;
            }
            printer.bullets(shown.stream().map(t -> t.channelName() == null || t.channelName().isBlank() ? t.text()
                    : t.text() + " — " + t.channelName()).toList());
            long more = (q.textCount() == null ? shown.size() : q.textCount()) - shown.size();
            if (more > 0) {
                printer.note(text("proposals.more", more));
            }
        }
    }

    private String text(String key, Object... args) {
        return Summary.text(labels, key, args);
    }
}
