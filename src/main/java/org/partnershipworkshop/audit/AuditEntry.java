package org.partnershipworkshop.audit;

import java.time.Instant;

/** One recorded change: when, who (an account, a table, "system"), what action, on what, details. */
public record AuditEntry(long id, Instant at, String actor, String action, String subject, String detail) {
}
