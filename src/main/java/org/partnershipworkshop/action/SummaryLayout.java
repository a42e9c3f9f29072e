package org.partnershipworkshop.action;

import static org.partnershipworkshop.action.Summary.date;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnershipworkshop.base.ui.Formats;
import org.partnershipworkshop.documents.BoardDocument;
import org.partnershipworkshop.documents.Labels;
import org.partnershipworkshop.documents.Printer;
import org.partnershipworkshop.documents.Printer.Line;

/**
 * The regional summary of an action (seed 004, 8.1–8.4; decision 0192), the same calls for the PDF and the DOCX:
 * the cover and contents, (a) the action, (b) the participation by municipality and the events by form, (c) the
 * reader survey ({@link SurveyLayout}), (d, e) what the reports say ({@link QuoteLayout}), (f) the late and the
 * missing reports, (g) the ranking of the most active libraries with its weights.
 */
final class SummaryLayout {

    static final String ACTION = "action";
    static final String PARTICIPATION = "participation";
    static final String LIBRARIES = "libraries";
    static final String FORMS = "forms";
    static final String REPORTS = "reports";
    static final String RANKING = "ranking";

    private final Summary summary;
    private final Labels labels;
    private final SurveyLayout survey;
    private final QuoteLayout quotes;

    SummaryLayout(Summary summary, Labels labels) {
        this.summary = summary;
        this.labels = labels;
        this.survey = new SurveyLayout(summary.results(), labels);
        this.quotes = new QuoteLayout(summary, labels);
    }

    /** Every heading with a bookmark, in order. */
    List<BoardDocument.Part> parts() {
        List<BoardDocument.Part> parts = new ArrayList<>();
        parts.add(new BoardDocument.Part(ACTION, text("part.action")));
        parts.add(new BoardDocument.Part(PARTICIPATION, text("part.participation")));
        parts.add(new BoardDocument.Part(LIBRARIES, text("part.libraries"), PARTICIPATION));
        parts.add(new BoardDocument.Part(FORMS, text("part.forms"), PARTICIPATION));
        parts.addAll(survey.parts());
        parts.addAll(quotes.parts());
        parts.add(new BoardDocument.Part(REPORTS, text("part.reports")));
        parts.add(new BoardDocument.Part(RANKING, text("part.ranking")));
        return parts;
    }

    byte[] print(Printer printer) {
        ActionFacts f = summary.facts();
        List<String[]> cover = new ArrayList<>();
        cover.add(new String[] {text("fact.organiser"), f.organiser()});
        cover.add(new String[] {text("fact.dates"), Formats.dates(f.starts(), f.ends(), labels.locale())});
        cover.add(new String[] {text("fact.summary"), closing(f)});
        cover.add(new String[] {text("fact.taking"), text("cover.taking", summary.dashboard().libraries().size(),
                summary.results().answers())});
        printer.cover(text("eyebrow").toUpperCase(labels.locale()), text("kind." + f.kind().id()), f.title(), cover,
                labels.text("proceedings.contents"));
        action(printer, f);
        participation(printer);
        survey.print(printer);
        quotes.print(printer);
        printer.newPage();
        reports(printer);
        ranking(printer);
        return printer.finish();
    }

    private void action(Printer printer, ActionFacts f) {
        printer.heading(ACTION, text("part.action"), 1);
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {text("fact.title"), f.title()});
        facts.add(new String[] {text("fact.kind"), text("kind." + f.kind().id())});
        facts.add(new String[] {text("fact.dates"), Formats.dates(f.starts(), f.ends(), labels.locale())});
        facts.add(new String[] {text("fact.stages"), String.join("\n", f.stages().stream().map(this::stage).toList())});
        facts.add(new String[] {text("fact.reportsDue"), date(f.reportsDue(), labels.locale())});
        facts.add(new String[] {text("fact.summary"), closing(f)});
        facts.add(new String[] {text("fact.organiser"), f.organiser()});
        facts.add(new String[] {text("fact.coordinator"), f.coordinator()});
        facts.add(new String[] {text("fact.contact"), f.contact()});
        facts.add(new String[] {text("fact.hashtags"), String.join("  ", f.hashtags())});
        facts.add(new String[] {text("fact.partners"), String.join("\n", f.partners())});
        printer.facts(facts);
    }

    private String stage(Stage s) {
        if (s.starts() == null && s.ends() == null) {
            return s.name();
        }
        String dates = s.starts() == null ? date(s.ends(), labels.locale())
                : Formats.dates(s.starts(), s.ends(), labels.locale());
        return s.name() + ": " + dates;
    }

    private String closing(ActionFacts f) {
        if (f.summary() == null) {
            return null;
        }
        return String.join(", ", java.util.stream.Stream.of(f.summary().occasion(),
                date(f.summary().date(), labels.locale())).filter(t -> t != null && !t.isBlank()).toList());
    }

    /** (b): every library under its municipality with its events, participants, answers and report; the events by form. */
    private void participation(Printer printer) {
        List<Standing> all = summary.dashboard().libraries();
        printer.heading(PARTICIPATION, text("part.participation"), 1);
        int planned = all.stream().mapToInt(Standing::planned).sum();
        int held = all.stream().mapToInt(Standing::held).sum();
        int people = all.stream().mapToInt(Standing::participants).sum();
        long municipalities = all.stream().map(Standing::municipality).filter(m -> m != null).distinct().count();
        printer.paragraph(text("participation.intro", all.size(), municipalities, planned, held, people,
                summary.dashboard().answers()));
        printer.heading(LIBRARIES, text("part.libraries"), 2);
        Map<String, List<Standing>> byMunicipality = new LinkedHashMap<>();
        all.forEach(s -> byMunicipality.computeIfAbsent(s.municipality() == null ? text("noMunicipality") : s.municipality(),
                m -> new ArrayList<>()).add(s));
        List<Line> lines = new ArrayList<>();
        byMunicipality.forEach((municipality, standings) -> {
            for (Standing s : standings) {
                // the municipality on its first library's line only, so the libraries read as its group
                lines.add(new Line(List.of(s == standings.getFirst() ? municipality : "", s.library(),
                        s.planned() + " / " + s.held(), String.valueOf(s.participants()), String.valueOf(s.answers()),
                        status(s)), false));
            }
        });
        lines.add(new Line(List.of(text("libraries.total"), text("libraries.count", all.size()), planned + " / " + held,
                String.valueOf(people), String.valueOf(summary.dashboard().answers()), text("libraries.in",
                        all.stream().filter(s -> Ranking.in(s.report())).count(), all.size())), true));
        printer.table(List.of(text("col.municipality"), text("col.library"), text("col.events"), text("col.participants"),
                text("col.answers"), text("col.report")), new int[] {19, 32, 14, 12, 9, 14}, lines);

        printer.keepLines(summary.forms().size() + 5);
        printer.heading(FORMS, text("part.forms"), 2);
        List<Line> forms = new ArrayList<>();
        for (EventForm form : EventForm.values()) {
            Summary.Forms counts = summary.forms().get(form);
            if (counts != null) {
                forms.add(new Line(List.of(text("form." + form.id()), String.valueOf(counts.planned()),
                        String.valueOf(counts.held())), false));
            }
        }
        forms.add(new Line(List.of(text("forms.total"), String.valueOf(planned), String.valueOf(held)), true));
        printer.table(List.of(text("col.form"), text("col.planned"), text("col.held")), new int[] {60, 20, 20}, forms);
    }

    private String status(Standing s) {
        String status = text("status." + s.report().id());
        if (s.late()) {
            return status + ", " + text("status.late");
        }
        return s.overdue() ? status + ", " + text("status.overdue") : status;
    }

    /** (f): the reports handed in after the due day, and those not in. */
    private void reports(Printer printer) {
        printer.heading(REPORTS, text("part.reports"), 1);
        List<LibraryReport> late = summary.reports().stream().filter(LibraryReport::late).toList();
        List<LibraryReport> missing = summary.reports().stream().filter(r -> r.submittedAt() == null).toList();
        String due = date(summary.facts().reportsDue(), labels.locale());
        printer.paragraph(summary.facts().reportsDue() == null ? text("reports.noDue")
                : text("reports.intro", due, late.size(), missing.size()));
        if (late.isEmpty() && missing.isEmpty()) {
            return;
        }
        List<Line> lines = new ArrayList<>();
        if (!late.isEmpty()) {
            lines.add(new Line(List.of(text("reports.late", late.size())), true));
            late.forEach(r -> lines.add(line(r, due, date(r.submittedAt(), labels.locale()))));
        }
        if (!missing.isEmpty()) {
            lines.add(new Line(List.of(text("reports.missing", missing.size())), true));
            missing.forEach(r -> lines.add(line(r, due, text("reports.notIn"))));
        }
        printer.table(List.of(text("col.library"), text("col.municipality"), text("col.due"), text("col.submitted"),
                text("col.report")), new int[] {32, 22, 14, 14, 18}, lines);
    }

    private Line line(LibraryReport r, String due, String submitted) {
        return new Line(List.of(r.library(), r.municipality() == null ? "" : r.municipality(), due, submitted,
                text("status." + r.status().id())), false);
    }

    /** (g): every library by its score, the weights said first. */
    private void ranking(Printer printer) {
        printer.heading(RANKING, text("part.ranking"), 1);
        printer.paragraph(text("ranking.weights", Ranked.EVENT_POINTS, Ranked.ANSWERS_PER_POINT, Ranked.ON_TIME_POINTS));
        printer.note(text("ranking.letters", Ranking.LETTERS));
        java.text.NumberFormat one = java.text.NumberFormat.getNumberInstance(labels.locale());
        one.setMinimumFractionDigits(1);
        one.setMaximumFractionDigits(1);
        List<Line> lines = new ArrayList<>();
        int place = 0;
        for (Ranked r : summary.ranking()) {
            lines.add(new Line(List.of(++place + ".", r.library(), r.municipality() == null ? "" : r.municipality(),
                    String.valueOf(r.events()), String.valueOf(r.answers()), text(r.reportOnTime() ? "yes" : "no"),
                    one.format(r.score())), false));
        }
        printer.table(List.of(text("col.place"), text("col.library"), text("col.municipality"), text("col.held"),
                text("col.answers"), text("col.onTime"), text("col.score")), new int[] {6, 32, 20, 13, 10, 9, 10}, lines);
    }

    private String text(String key, Object... args) {
        return Summary.text(labels, key, args);
    }
}
