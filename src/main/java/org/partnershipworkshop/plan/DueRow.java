package org.partnershipworkshop.plan;

import java.time.LocalDate;
import java.util.List;

/** A row as a month lists it: where it stands that month, with its term as written and as understood. */
public record DueRow(String rowId, String section, String text, String term, List<LocalDate> dueDates,
                     List<String> responsible, FactStatus status, Due due, long revision) {
}
