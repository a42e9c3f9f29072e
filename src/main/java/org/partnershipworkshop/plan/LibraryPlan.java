package org.partnershipworkshop.plan;

import java.util.List;

/** A plan as the municipal libraries read it: whose plan, which year, and only the rows addressed to them. */
public record LibraryPlan(PlanSummary plan, List<DueRow> rows) {

    public LibraryPlan {
        rows = List.copyOf(rows);
    }
}
