package org.partnershipworkshop.action;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.Rules;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;

/**
 * What an action is: title, kind, language, its dates (first and last day, the day the libraries’ reports are
 * due, the summing up), organiser, coordinator and contact, hashtags, the regulation’s sections, the stages and
 * the partners. The last day closes the reader survey; a report after the due day is late.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActionFacts(String title, ActionKind kind, Language language, LocalDate starts, LocalDate ends,
                          LocalDate reportsDue, Closing summary, String organiser, String coordinator, String contact,
                          List<String> hashtags, List<RegulationPart> regulation, List<Stage> stages, List<String> partners) {

    public static final int MAX_PARTS = 60;

    public ActionFacts {
        title = Rules.required(title, "title", Limits.TEXT);
        if (kind == null) {
            throw new ValidationFailedException(Violation.of("kind", "error.required"));
        }
        if (language == null) {
            throw new ValidationFailedException(Violation.of("language", "error.required"));
        }
        if (starts == null) {
            throw new ValidationFailedException(Violation.of("starts", "error.required"));
        }
        if (ends == null) {
            throw new ValidationFailedException(Violation.of("ends", "error.required"));
        }
        if (ends.isBefore(starts)) {
            throw new ValidationFailedException(Violation.of("ends", "action.error.endsBeforeStart"));
        }
        if (reportsDue != null && reportsDue.isBefore(starts)) {
            throw new ValidationFailedException(Violation.of("reportsDue", "action.error.dueBeforeStart"));
        }
        organiser = Rules.optional(organiser, "organiser", Limits.TITLE);
        coordinator = Rules.optional(coordinator, "coordinator", Limits.TITLE);
        contact = Rules.optional(contact, "contact", Limits.TITLE);
        hashtags = Rules.texts(hashtags, "hashtags", Limits.ENTRIES, Limits.TITLE);
        regulation = Rules.list(regulation, "regulation", MAX_PARTS);
        stages = Rules.list(stages, "stages", MAX_PARTS);
        partners = Rules.texts(partners, "partners", Limits.ENTRIES, Limits.TITLE);
    }

    /** Whether a report handed in on {@code day} is late. */
    public boolean late(LocalDate day) {
        return reportsDue != null && day.isAfter(reportsDue);
    }
}
