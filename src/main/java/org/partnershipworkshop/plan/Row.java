package org.partnershipworkshop.plan;

import java.util.ArrayList;
import java.util.List;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.Rules;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;

/**
 * An activity row: what is done (kind of activity), when (the term as written), who (staff ids and the group
 * «Все методисты»), for whom (audience; {@code forLibraries} when it is addressed to the municipal libraries),
 * in which form, where, what it produces, a note, and its facts month by month. A heading row groups the rows
 * under it (level 1) and has no term of its own to report. {@code revision} is the plan revision the row last
 * changed in: the API's If-Match for its fact.
 */
public record Row(String id, String text, boolean heading, int level, String term, List<String> responsible,
                  String audience, boolean forLibraries, ActivityForm form, String place, Link link, String note,
                  List<RowFact> facts, long revision) {

    public Row {
        id = PlanLimits.id(id, "id");
        text = Rules.required(text, "text", Limits.LONG_TEXT);
        if (level < 0 || level > 1) {
            throw new ValidationFailedException(Violation.of("level", "plan.error.level"));
        }
        term = Rules.optional(term, "term", Limits.TITLE);
        responsible = Rules.list(responsible, "responsible", 50).stream().distinct().toList();
        audience = Rules.optional(audience, "audience", Limits.TEXT);
        place = Rules.optional(place, "place", Limits.TEXT);
        note = Rules.optional(note, "note", Limits.LONG_TEXT);
        facts = Rules.list(facts, "facts", PlanLimits.FACTS).stream()
                .sorted(java.util.Comparator.comparing(RowFact::month)).toList();
        for (int i = 1; i < facts.size(); i++) {
            if (facts.get(i).month().equals(facts.get(i - 1).month())) {
                throw new ValidationFailedException(Violation.of("facts[" + i + "].month", "plan.error.factTwice",
                        facts.get(i).month().toString()));
            }
        }
        if (revision < 0) {
            throw new ValidationFailedException(Violation.of("revision", "error.negative"));
        }
    }

    /** A new row with what people write; the id, facts and revision are the plan's to give. */
    public static Row of(String id, RowData data) {
        return new Row(id, data.text(), data.heading(), data.level(), data.term(), data.responsible(), data.audience(),
                data.forLibraries(), data.form(), data.place(), data.link(), data.note(), List.of(), 0);
    }

    public RowData data() {
        return new RowData(text, heading, level, term, responsible, audience, forLibraries, form, place, link, note);
    }

    public Row with(RowData data) {
        return new Row(id, data.text(), data.heading(), data.level(), data.term(), data.responsible(), data.audience(),
                data.forLibraries(), data.form(), data.place(), data.link(), data.note(), facts, revision);
    }

    public Row withFacts(List<RowFact> newFacts) {
        return new Row(id, text, heading, level, term, responsible, audience, forLibraries, form, place, link, note,
                newFacts, revision);
    }

    public Row withRevision(long newRevision) {
        return new Row(id, text, heading, level, term, responsible, audience, forLibraries, form, place, link, note,
                facts, newRevision);
    }

    /** The row with the fact of one month set (or cleared, for a fact back to planned without a note). */
    public Row withFact(RowFact fact) {
        List<RowFact> next = new ArrayList<>(facts.stream().filter(f -> !f.month().equals(fact.month())).toList());
        boolean empty = fact.status() == FactStatus.PLANNED && fact.note() == null && fact.date() == null
                && fact.participants() == null;
        if (!empty) {
            next.add(fact);
        }
        return withFacts(next);
    }

    public java.util.Optional<RowFact> fact(java.time.YearMonth month) {
        return facts.stream().filter(f -> f.month().equals(month)).findFirst();
    }
}
