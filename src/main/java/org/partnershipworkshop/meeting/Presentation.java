package org.partnershipworkshop.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.Rules;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;

/**
 * An item of the programme: a good practice, a talk, a work session. Only the title is required. The plan
 * of the item — on which day and at what time it starts, where, and who is responsible for it (a regional
 * plan's "activity · term · responsible") — is optional; a time needs a day.
 */
public record Presentation(String speaker, String role, String organization, String title, String summary,
                           LocalDate date, LocalTime time, String place, String responsible) {

    public Presentation {
        speaker = Rules.optional(speaker, "speaker", Limits.TEXT);
        role = Rules.optional(role, "role", Limits.TEXT);
        organization = Rules.optional(organization, "organization", Limits.TEXT);
        title = Rules.required(title, "title", Limits.TEXT);
        summary = Rules.optional(summary, "summary", Limits.LONG_TEXT);
        if (time != null && date == null) {
            throw new ValidationFailedException(Violation.of("date", "programme.error.timeWithoutDate"));
        }
        time = time == null ? null : time.withSecond(0).withNano(0);
        place = Rules.optional(place, "place", Limits.TEXT);
        responsible = Rules.optional(responsible, "responsible", Limits.TEXT);
    }

    /** An item without a plan (as meeting-v1 describes it). */
    public Presentation(String speaker, String role, String organization, String title, String summary) {
        this(speaker, role, organization, title, summary, null, null, null, null);
    }

    /** Whether the item says when, where or under whom it happens. */
    public boolean hasPlan() {
        return date != null || place != null || responsible != null;
    }
}
