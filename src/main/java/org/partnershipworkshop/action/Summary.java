package org.partnershipworkshop.action;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.partnershipworkshop.base.ui.Formats;
import org.partnershipworkshop.documents.Labels;
import org.partnershipworkshop.survey.SurveyResults;

/**
 * What the regional summary of an action is written from: the facts, every library's standing, every report,
 * the reader survey's results, the events by form (planned, held) and the ranking. Only the reports submitted or
 * accepted are quoted.
 */
record Summary(ActionFacts facts, Dashboard dashboard, List<LibraryReport> reports, SurveyResults results,
               Map<EventForm, Forms> forms, List<Ranked> ranking) {

    /** How many events of a form were planned and held. */
    record Forms(int planned, int held) {
    }

    Summary {
        reports = List.copyOf(reports);
        forms = Map.copyOf(forms);
        ranking = List.copyOf(ranking);
    }

    List<LibraryReport> quoted() {
        return reports.stream().filter(r -> Ranking.in(r.status())).toList();
    }

    /** The text of a label in the action's language ({@code actionprint.} keys). */
    static String text(Labels labels, String key, Object... args) {
        return labels.text("actionprint." + key, args);
    }

    static String date(LocalDate day, Locale locale) {
        return day == null ? "" : Formats.dates(day, null, locale);
    }

    static String date(Instant at, Locale locale) {
        return at == null ? "" : date(LocalDate.ofInstant(at, ZoneId.systemDefault()), locale);
    }

    static String libraryLine(LibraryReport r) {
        return r.municipality() == null ? r.library() : r.library() + " (" + r.municipality() + ")";
    }
}
