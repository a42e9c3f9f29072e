package org.partnershipworkshop.meeting;

import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.Rules;

/** A presentation of the programme: a good practice or a talk. Only the title is required. */
public record Presentation(String speaker, String role, String organization, String title, String summary) {

    public Presentation {
        speaker = Rules.optional(speaker, "speaker", Limits.TEXT);
        role = Rules.optional(role, "role", Limits.TEXT);
        organization = Rules.optional(organization, "organization", Limits.TEXT);
        title = Rules.required(title, "title", Limits.TEXT);
        summary = Rules.optional(summary, "summary", Limits.LONG_TEXT);
    }
}
