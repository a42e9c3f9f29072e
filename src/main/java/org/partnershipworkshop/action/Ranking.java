package org.partnershipworkshop.action;

import java.util.Comparator;
import java.util.List;

/** The libraries of an action by their score (see {@link Ranked}), and who gets a letter of thanks by default. */
final class Ranking {

    /** How many libraries get a letter of thanks when the coordinator names none. */
    static final int LETTERS = 10;

    static final Comparator<Ranked> ORDER = Comparator.comparingDouble((Ranked r) -> r.score()).reversed()
            .thenComparing(Comparator.comparingInt(Ranked::events).reversed())
            .thenComparing(Comparator.comparingLong(Ranked::answers).reversed())
            .thenComparing(Ranked::library)
            .thenComparingLong(Ranked::libraryId);

    private Ranking() {
    }

    static List<Ranked> of(Dashboard dashboard) {
        return dashboard.libraries().stream().map(s -> new Ranked(s.libraryId(), s.library(), s.municipality(), s.held(),
                s.answers(), onTime(s), Ranked.score(s.held(), s.answers(), onTime(s)))).sorted(ORDER).toList();
    }

    /** A report counts as in when it was submitted or accepted (a returned one waits for its changes). */
    static boolean in(ReportStatus status) {
        return status == ReportStatus.SUBMITTED || status == ReportStatus.ACCEPTED;
    }

    static boolean onTime(Standing s) {
        return in(s.report()) && !s.late();
    }

    /** The libraries thanked by default: the first {@value #LETTERS} with an event held and their report in. */
    static List<Long> thanked(Dashboard dashboard, List<Ranked> ranking) {
        java.util.Set<Long> eligible = new java.util.HashSet<>();
        dashboard.libraries().stream().filter(s -> s.held() > 0 && in(s.report())).forEach(s -> eligible.add(s.libraryId()));
        return ranking.stream().map(Ranked::libraryId).filter(eligible::contains).limit(LETTERS).toList();
    }
}
