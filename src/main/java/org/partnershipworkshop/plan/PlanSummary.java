package org.partnershipworkshop.plan;

import java.time.Instant;
import org.partnershipworkshop.base.Language;

/** A plan as the list shows it. */
public record PlanSummary(long id, String organisation, String department, int year, String title, Language language,
                          PlanStatus status, int rows, Instant updatedAt, String updatedBy) {
}
