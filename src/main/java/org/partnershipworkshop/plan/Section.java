package org.partnershipworkshop.plan;

import java.util.List;
import java.util.stream.Stream;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.Rules;

/**
 * A section of the plan (section II and on, by state service or work) with its description, planned
 * indicators, activity rows and nested sub-sections, printed in that order.
 */
public record Section(String id, String title, String description, List<Indicator> indicators, List<Row> rows,
                      List<Section> sections) {

    public Section {
        id = PlanLimits.id(id, "id");
        title = Rules.required(title, "title", Limits.TEXT);
        description = Rules.optional(description, "description", Limits.LONG_TEXT);
        indicators = Rules.list(indicators, "indicators", PlanLimits.INDICATORS);
        rows = Rules.list(rows, "rows", PlanLimits.ROWS);
        sections = Rules.list(sections, "sections", PlanLimits.SECTIONS);
    }

    public static Section empty(String id, String title, String description) {
        return new Section(id, title, description, List.of(), List.of(), List.of());
    }

    /** This section and every section below it, in print order. */
    public Stream<Section> all() {
        return Stream.concat(Stream.of(this), sections.stream().flatMap(Section::all));
    }

    public Section withRows(List<Row> newRows) {
        return new Section(id, title, description, indicators, newRows, sections);
    }

    public Section withIndicators(List<Indicator> newIndicators) {
        return new Section(id, title, description, newIndicators, rows, sections);
    }

    public Section withSections(List<Section> newSections) {
        return new Section(id, title, description, indicators, rows, newSections);
    }

    public Section withText(String newTitle, String newDescription) {
        return new Section(id, newTitle, newDescription, indicators, rows, sections);
    }
}
