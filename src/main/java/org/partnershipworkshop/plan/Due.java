package org.partnershipworkshop.plan;

import java.time.YearMonth;

/**
 * One occasion of a row as it stands: when it is due now (after any move), the month its fact is kept under,
 * the status and fact of that month, whether it is overdue, the month it was moved from, and whether the fact
 * comes from the linked meeting rather than from the plan. {@code occasion} is null for a fact of a month the
 * term has no occasion in (work on an ongoing row).
 */
public record Due(Occasion occasion, YearMonth month, FactStatus status, RowFact fact, boolean overdue,
                  YearMonth movedFrom, boolean fromLink) {
}
