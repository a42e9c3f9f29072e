package org.partnershipworkshop.catalogue;

import java.util.ArrayList;
import java.util.List;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.Rules;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;

/**
 * What the catalogue knows about a practice beside its passport: the passport's language, the region, the
 * years it ran ({@code toYear} empty: still running), the target group, and where it was presented — a
 * meeting, and within it a presentation of the programme — or nothing when it stands alone.
 */
public record PracticeFacts(Language language, String region, Integer fromYear, Integer toYear, String targetGroup,
                            Long meetingId, Long presentationId) {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;

    public PracticeFacts {
        List<Violation> problems = new ArrayList<>();
        if (language == null) {
            problems.add(Violation.of("language", "error.required"));
        }
        region = optional(problems, region, "region", Limits.TITLE);
        targetGroup = optional(problems, targetGroup, "targetGroup", Limits.TEXT);
        year(problems, "fromYear", fromYear);
        year(problems, "toYear", toYear);
        if (toYear != null && fromYear == null) {
            problems.add(Violation.of("fromYear", "practice.error.fromYearMissing"));
        }
        if (fromYear != null && toYear != null && toYear < fromYear) {
            problems.add(Violation.of("toYear", "practice.error.yearsReversed", fromYear, toYear));
        }
        if (presentationId != null && meetingId == null) {
            problems.add(Violation.of("meeting", "practice.error.presentationWithoutMeeting"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
    }

    /** A practice in this language, standing alone, with nothing else known yet. */
    public static PracticeFacts of(Language language) {
        return new PracticeFacts(language, null, null, null, null, null, null);
    }

    /** The same facts, presented at another meeting and presentation (both may be null). */
    public PracticeFacts presentedAt(Long meeting, Long presentation) {
        return new PracticeFacts(language, region, fromYear, toYear, targetGroup, meeting, presentation);
    }

    private static void year(List<Violation> problems, String path, Integer year) {
        if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
            problems.add(Violation.of(path, "practice.error.year", FIRST_YEAR, LAST_YEAR));
        }
    }

    /** The text without surrounding spaces, or null when empty; a text over the limit is a problem. */
    private static String optional(List<Violation> problems, String text, String path, int max) {
        try {
            return Rules.optional(text == null ? null : text.strip(), path, max);
        } catch (ValidationFailedException e) {
            problems.addAll(e.violations());
            return null;
        }
    }
}
