package org.partnershipworkshop.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.Rules;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;

/**
 * What became of a row in one month of the plan (decision 0143): done (on which day, what was done, how many
 * took part), moved (to which day), cancelled (why), or planned again. A monthly row has one per month.
 */
public record RowFact(YearMonth month, FactStatus status, LocalDate date, LocalDate movedTo, String reason,
                      String note, Integer participants) {

    public RowFact {
        if (month == null) {
            throw new ValidationFailedException(Violation.of("month", "error.required"));
        }
        if (status == null) {
            throw new ValidationFailedException(Violation.of("status", "error.required"));
        }
        reason = Rules.optional(reason, "reason", Limits.TEXT);
        note = Rules.optional(note, "note", Limits.LONG_TEXT);
        if (status == FactStatus.MOVED && movedTo == null) {
            throw new ValidationFailedException(Violation.of("movedTo", "plan.error.movedTo"));
        }
        if (status == FactStatus.MOVED && YearMonth.from(movedTo).equals(month)) {
            throw new ValidationFailedException(Violation.of("movedTo", "plan.error.movedSameMonth"));
        }
        if (status == FactStatus.CANCELLED && reason == null) {
            throw new ValidationFailedException(Violation.of("reason", "plan.error.reason"));
        }
        if (status != FactStatus.MOVED) {
            movedTo = null;
        }
        if (participants != null && participants < 0) {
            throw new ValidationFailedException(Violation.of("participants", "error.negative"));
        }
    }
}
