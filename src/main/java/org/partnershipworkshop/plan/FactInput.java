package org.partnershipworkshop.plan;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A fact as a person enters it: for which month (none: the row's only or next open occasion), the status, the
 * actual date, moved to, why cancelled, what was done, how many took part.
 */
public record FactInput(YearMonth month, FactStatus status, LocalDate date, LocalDate movedTo, String reason,
                        String note, Integer participants) {

    public static FactInput done(YearMonth month, LocalDate date, String note) {
        return new FactInput(month, FactStatus.DONE, date, null, null, note, null);
    }
}
