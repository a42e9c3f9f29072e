package org.partnershipworkshop.plan;

import java.time.LocalDate;

/**
 * A row's link as resolved now: the meeting's or practice's title (and a meeting's days and whether it has taken
 * place), a publication's reference, or an action kept by id until network actions exist ({@code resolved} false).
 */
public record LinkView(Link link, String title, LocalDate start, LocalDate end, boolean held, Integer participants,
                       boolean resolved) {

    public static LinkView unresolved(Link link) {
        return new LinkView(link, link.reference(), null, null, false, null, false);
    }

    /** The fact a held meeting gives its row: done on its first day, with its participants. */
    public RowFact fact() {
        if (!held || start == null) {
            return null;
        }
        return new RowFact(java.time.YearMonth.from(start), FactStatus.DONE, start, null, null, title, participants);
    }
}
