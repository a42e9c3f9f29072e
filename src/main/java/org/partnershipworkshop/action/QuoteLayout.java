package org.partnershipworkshop.action;

import java.util.ArrayList;
import java.util.List;
import org.partnershipworkshop.documents.BoardDocument;
import org.partnershipworkshop.documents.Labels;
import org.partnershipworkshop.documents.Printer;

/**
 * (d, e) of the summary, what the libraries' reports say, each passage with its library: the brightest events and
 * the practical results; the problems and recommendations of each library; the positives; the feedback. Only the
 * reports submitted or accepted are quoted — drafts and reports returned for changes are not — and the text says so.
 */
final class QuoteLayout {

    static final String OUTCOMES = "outcomes";
    static final String ISSUES = "issues";
    /** The report's sections quoted, by the part they are quoted in. */
    static final List<String> OUTCOME_SECTIONS = List.of("highlights", "results");
    static final String PROBLEMS = "problems";
    static final String RECOMMENDATIONS = "recommendations";
    static final List<String> MORE_SECTIONS = List.of("positives", "feedback");

    private final Summary summary;
    private final Labels labels;

    QuoteLayout(Summary summary, Labels labels) {
        this.summary = summary;
        this.labels = labels;
    }

    private static String id(String section) {
        return "quotes-" + section;
    }

    List<BoardDocument.Part> parts() {
        List<BoardDocument.Part> parts = new ArrayList<>();
        parts.add(new BoardDocument.Part(OUTCOMES, text("part.outcomes")));
        OUTCOME_SECTIONS.forEach(s -> parts.add(new BoardDocument.Part(id(s), text("section." + s), OUTCOMES)));
        parts.add(new BoardDocument.Part(ISSUES, text("part.issues")));
        parts.add(new BoardDocument.Part(id(PROBLEMS), text("part.problemsByLibrary"), ISSUES));
        MORE_SECTIONS.forEach(s -> parts.add(new BoardDocument.Part(id(s), text("section." + s), ISSUES)));
        return parts;
    }

    void print(Printer printer) {
        List<LibraryReport> quoted = summary.quoted();
        long drafts = summary.reports().stream().filter(r -> r.status() == ReportStatus.DRAFT || r.status() == ReportStatus.NOT_STARTED).count();
        long returned = summary.reports().stream().filter(r -> r.status() == ReportStatus.RETURNED).count();
        String which = text("quotes.which", quoted.size(), summary.reports().size(), drafts, returned);

        printer.newPage();
        printer.heading(OUTCOMES, text("part.outcomes"), 1);
        printer.note(which);
        for (String section : OUTCOME_SECTIONS) {
            printer.heading(id(section), text("section." + section), 2);
            bySection(printer, quoted, section);
        }

        printer.newPage();
        printer.heading(ISSUES, text("part.issues"), 1);
        printer.note(which);
        printer.heading(id(PROBLEMS), text("part.problemsByLibrary"), 2);
        boolean any = false;
        for (LibraryReport r : quoted) {
            if (r.section(PROBLEMS).isEmpty() && r.section(RECOMMENDATIONS).isEmpty()) {
                continue;
            }
            any = true;
            printer.label(Summary.libraryLine(r));
            passages(printer, text("section." + PROBLEMS), r.section(PROBLEMS));
            passages(printer, text("section." + RECOMMENDATIONS), r.section(RECOMMENDATIONS));
        }
        if (!any) {
            printer.note(text("quotes.none"));
        }
        for (String section : MORE_SECTIONS) {
            printer.heading(id(section), text("section." + section), 2);
            bySection(printer, quoted, section);
        }
    }

    /** One section of every quoted report, library by library (those without it left out). */
    private void bySection(Printer printer, List<LibraryReport> quoted, String section) {
        boolean any = false;
        for (LibraryReport r : quoted) {
            if (r.section(section).isEmpty()) {
                continue;
            }
            any = true;
            printer.label(Summary.libraryLine(r));
            r.section(section).forEach(printer::paragraph);
        }
        if (!any) {
            printer.note(text("quotes.none"));
        }
    }

    private static void passages(Printer printer, String label, List<String> paragraphs) {
        if (paragraphs.isEmpty()) {
            return;
        }
        printer.note(label);
        paragraphs.forEach(printer::paragraph);
    }

    private String text(String key, Object... args) {
        return Summary.text(labels, key, args);
    }
}
