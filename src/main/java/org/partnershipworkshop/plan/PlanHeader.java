package org.partnershipworkshop.plan;

import java.util.List;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.Rules;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;

/**
 * The plan's facts: whose plan (organisation, department), for which year, its title as printed, the
 * language it is written in, how it is printed (orientation, optional columns) and notes for its readers.
 */
public record PlanHeader(String organisation, String department, int year, String title, Language language,
                         Orientation orientation, List<PlanColumn> columns, String notes) {

    public PlanHeader {
        organisation = Rules.required(organisation, "organisation", Limits.TITLE);
        department = Rules.optional(department, "department", Limits.TITLE);
        if (year < PlanLimits.FIRST_YEAR || year > PlanLimits.LAST_YEAR) {
            throw new ValidationFailedException(Violation.of("year", "plan.error.year", PlanLimits.FIRST_YEAR, PlanLimits.LAST_YEAR));
        }
        title = Rules.required(title, "title", Limits.TEXT);
        if (language == null) {
            throw new ValidationFailedException(Violation.of("language", "error.required"));
        }
        orientation = orientation == null ? Orientation.PORTRAIT : orientation;
        columns = columns == null ? List.of() : columns.stream().distinct().sorted().toList();
        notes = Rules.optional(notes, "notes", Limits.LONG_TEXT);
    }

    public PlanHeader withYear(int newYear, String newTitle) {
        return new PlanHeader(organisation, department, newYear, newTitle, language, orientation, columns, notes);
    }
}
