package org.partnershipworkshop.plan;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A row's term as people write it ({@code text}, kept exactly) and as the machine understood it: one part
 * per written piece («28 января; Февраль» has two), each with its kind and occasions. A part the parser does
 * not understand is {@link TermKind#UNKNOWN}: kept, marked, never refused.
 */
public record Term(String text, List<Part> parts) {

    /** One written piece of a term. */
    public record Part(String text, TermKind kind, List<Occasion> occasions) {

        public Part {
            occasions = List.copyOf(occasions);
        }
    }

    public Term {
        parts = List.copyOf(parts);
    }

    /** Every occasion of every part, earliest due first. */
    public List<Occasion> occasions() {
        return parts.stream().flatMap(p -> p.occasions().stream()).distinct()
                .sorted(Comparator.comparing(Occasion::due).thenComparing(Occasion::start)).toList();
    }

    public List<LocalDate> dueDates() {
        return occasions().stream().map(Occasion::due).distinct().toList();
    }

    /** Whether every written piece was understood (an empty term is understood: there is nothing to read). */
    public boolean understood() {
        return parts.stream().noneMatch(p -> p.kind() == TermKind.UNKNOWN);
    }

    /** Whether the work goes on without dates of its own (and has no dated part besides). */
    public boolean ongoing() {
        return !parts.isEmpty() && parts.stream().allMatch(p -> p.kind().ongoing());
    }

    /** The kind of the term as a whole: its only part's, or the first dated part's when there are several. */
    public TermKind kind() {
        if (parts.isEmpty()) {
            return TermKind.NONE;
        }
        if (!understood()) {
            return TermKind.UNKNOWN;
        }
        return parts.stream().map(Part::kind).filter(k -> !k.ongoing()).findFirst().orElse(parts.getFirst().kind());
    }
}
