package org.partnershipworkshop.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A row's year: its term's occasions with the facts of their months, following moves («перенесено на 10
 * апреля» makes the row due in April), and the facts of months without an occasion (decision 0143).
 */
public record RowSchedule(Row row, Term term, List<Due> dues) {

    private static final int MOST_MOVES = 12;

    public static RowSchedule of(Row row, int year, LocalDate today, RowFact linked) {
        Term term = TermParser.parse(row.term(), year);
        Map<YearMonth, RowFact> facts = new LinkedHashMap<>();
        row.facts().forEach(f -> facts.put(f.month(), f));
        List<Occasion> occasions = row.heading() ? List.of() : term.occasions();
        YearMonth linkedAt = null;
        if (linked != null) {
            linkedAt = occasions.isEmpty() ? linked.month() : occasions.getFirst().month();
            facts.put(linkedAt, new RowFact(linkedAt, linked.status(), linked.date(), null, null, linked.note(),
                    linked.participants()));
        }
        Set<YearMonth> used = new HashSet<>();
        List<Due> dues = new ArrayList<>();
        for (Occasion occasion : occasions) {
            Occasion current = occasion;
            YearMonth month = occasion.month();
            YearMonth movedFrom = null;
            RowFact fact = facts.get(month);
            for (int hops = 0; fact != null && fact.status() == FactStatus.MOVED && hops < MOST_MOVES; hops++) {
                used.add(month);
                movedFrom = month;
                current = Occasion.on(fact.movedTo());
                month = YearMonth.from(fact.movedTo());
                fact = facts.get(month);
            }
            used.add(month);
            FactStatus status = fact == null ? FactStatus.PLANNED : fact.status();
            boolean overdue = status == FactStatus.PLANNED && current.due().isBefore(today);
            dues.add(new Due(current, month, status, fact, overdue, movedFrom, month.equals(linkedAt)));
        }
        for (RowFact fact : facts.values()) {
            if (!used.contains(fact.month())) {
                dues.add(new Due(null, fact.month(), fact.status(), fact, false, null, fact.month().equals(linkedAt)));
            }
        }
        return new RowSchedule(row, term, dues);
    }

    /** The row's status over the year: done when every occasion is done or cancelled (at least one done). */
    public FactStatus status() {
        List<Due> dated = dues.stream().filter(d -> d.occasion() != null).toList();
        if (dated.isEmpty()) {
            return dues.stream().anyMatch(d -> d.status() == FactStatus.DONE) ? FactStatus.DONE : FactStatus.PLANNED;
        }
        if (dated.stream().allMatch(d -> d.status() == FactStatus.CANCELLED)) {
            return FactStatus.CANCELLED;
        }
        boolean closed = dated.stream().allMatch(d -> d.status() == FactStatus.DONE || d.status() == FactStatus.CANCELLED);
        return closed ? FactStatus.DONE : dated.stream().anyMatch(d -> d.movedFrom() != null) ? FactStatus.MOVED : FactStatus.PLANNED;
    }

    public boolean overdue() {
        return dues.stream().anyMatch(Due::overdue);
    }

    /** The occasions and facts of a month. */
    public List<Due> in(YearMonth month) {
        return dues.stream().filter(d -> d.month().equals(month)).toList();
    }
}
