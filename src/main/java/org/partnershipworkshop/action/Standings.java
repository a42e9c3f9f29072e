package org.partnershipworkshop.action;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import org.partnershipworkshop.library.LibraryRef;

/** One library's standing in an action, from its row, the registry and the survey's count. */
final class Standings {

    static final Comparator<Standing> ORDER = Comparator
            .comparing((Standing s) -> s.municipality() == null ? "" : s.municipality())
            .thenComparing(Standing::library);

    private Standings() {
    }

    static Standing of(ParticipantEntity row, LibraryRef library, ActionFacts facts, long answers, LocalDate today) {
        var events = row.events();
        int held = (int) events.stream().filter(LibraryEvent::held).count();
        int people = events.stream().mapToInt(LibraryEvent::participants).sum();
        boolean in = row.submittedAt() != null;
        boolean late = in && facts.late(LocalDate.ofInstant(row.submittedAt(), ZoneId.systemDefault()));
        boolean overdue = !in && facts.reportsDue() != null && today.isAfter(facts.reportsDue());
        return new Standing(row.libraryId(), library == null ? "#" + row.libraryId() : library.name(),
                library == null ? null : library.municipality(), row.joined(), events.size(), held, people, answers,
                row.status(), row.submittedAt(), late, overdue);
    }
}
