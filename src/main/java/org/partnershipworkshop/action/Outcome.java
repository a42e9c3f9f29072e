package org.partnershipworkshop.action;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.Rules;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;

/** What came of a planned event: held or not, how many took part, a link to what was published. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Outcome(boolean held, Integer participants, String link) {

    public static final int MAX_PARTICIPANTS = 1_000_000;

    public Outcome {
        if (participants != null && (participants < 0 || participants > MAX_PARTICIPANTS)) {
            throw new ValidationFailedException(Violation.of("participants", "action.error.participants", MAX_PARTICIPANTS));
        }
        if (!held) {
            participants = null;
        }
        link = Links.optional(Rules.optional(link, "link", Limits.TITLE), "link");
    }
}
