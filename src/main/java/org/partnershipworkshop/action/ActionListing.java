package org.partnershipworkshop.action;

import java.time.LocalDate;

/** An action in the list: its facts at a glance, how many libraries take part and how many reports came in; for a library's account whether its library takes part. */
public record ActionListing(long id, String title, ActionKind kind, LocalDate starts, LocalDate ends, LocalDate reportsDue,
                            int libraries, int reportsIn, boolean takingPart) {
}
