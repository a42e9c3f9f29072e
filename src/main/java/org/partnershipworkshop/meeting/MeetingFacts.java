package org.partnershipworkshop.meeting;

import java.time.LocalDate;
import java.util.List;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.Rules;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;

/** The facts of a meeting: what, when, where, who hosted and organized it, for which regions. */
public record MeetingFacts(String title, String kind, String description, Language language,
                           LocalDate startDate, LocalDate endDate, String venue, String host,
                           List<String> organizers, List<String> regions, Integer participantCount) {

    public MeetingFacts {
        title = Rules.required(title, "title", Limits.TITLE);
        kind = Rules.optional(kind, "kind", Limits.TEXT);
        description = Rules.optional(description, "description", Limits.LONG_TEXT);
        if (language == null) {
            throw new ValidationFailedException(Violation.of("language", "error.required"));
        }
        if (startDate == null) {
            throw new ValidationFailedException(Violation.of("startDate", "error.required"));
        }
        if (endDate == null) {
            throw new ValidationFailedException(Violation.of("endDate", "error.required"));
        }
        if (endDate.isBefore(startDate)) {
            throw new ValidationFailedException(Violation.of("endDate", "error.endBeforeStart"));
        }
        venue = Rules.optional(venue, "venue", Limits.TEXT);
        host = Rules.optional(host, "host", Limits.TEXT);
        organizers = Rules.texts(organizers, "organizers", Limits.ENTRIES, Limits.TEXT);
        regions = Rules.texts(regions, "regions", Limits.ENTRIES, Limits.TEXT);
        if (participantCount != null && participantCount < 0) {
            throw new ValidationFailedException(Violation.of("participantCount", "error.negative"));
        }
    }
}
