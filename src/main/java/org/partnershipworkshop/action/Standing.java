package org.partnershipworkshop.action;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One library on the coordinator's dashboard: who it is and where, how it joined, its events planned and held
 * with their participants, the survey answers through it, where its report stands and whether it is late
 * (submitted after the due day, or not in yet after it: {@code overdue}).
 */
public record Standing(long libraryId, String library, String municipality, Joined joined, int planned, int held,
                       int participants, long answers, ReportStatus report, Instant submittedAt, boolean late,
                       boolean overdue) {

    /** Whether the library is behind: its report overdue, or no event planned once the action began. */
    public boolean behind(LocalDate today, LocalDate starts) {
        return overdue || (planned == 0 && !today.isBefore(starts));
    }
}
