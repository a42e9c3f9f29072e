package org.partnershipworkshop.action;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.Rules;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;

/**
 * One event of a library's plan for an action: title, date, form, place (in the library, outside, online with
 * its link), audience, responsible person; then what came of it (absent while not yet reported).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LibraryEvent(String title, LocalDate date, EventForm form, Venue place, String link, String audience,
                           String responsible, Outcome outcome) {

    public LibraryEvent {
        title = Rules.required(title, "title", Limits.TEXT);
        if (form == null) {
            form = EventForm.OTHER;
        }
        if (place == null) {
            throw new ValidationFailedException(Violation.of("place", "error.required"));
        }
        link = Links.optional(Rules.optional(link, "link", Limits.TITLE), "link");
        audience = Rules.optional(audience, "audience", Limits.TITLE);
        responsible = Rules.optional(responsible, "responsible", Limits.TITLE);
    }

    public boolean held() {
        return outcome != null && outcome.held();
    }

    public int participants() {
        return outcome == null || outcome.participants() == null ? 0 : outcome.participants();
    }
}
