package org.partnershipworkshop.action;

import java.time.LocalDate;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.Rules;

/** When and where the action's results are summed up (the directors’ annual meeting, 14 November). */
public record Closing(LocalDate date, String occasion) {

    public Closing {
        occasion = Rules.optional(occasion, "occasion", Limits.TEXT);
    }
}
