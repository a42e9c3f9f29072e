package org.partnershipworkshop.plan;

import java.time.LocalDate;

/** Something a row can link to, as the row dialog offers it: a meeting of the calendar, a network action, a practice. */
public record LinkChoice(LinkKind kind, long id, String title, LocalDate date) {
}
