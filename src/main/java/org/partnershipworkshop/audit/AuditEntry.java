package org.partnershipworkshop.audit;

import java.time.Instant;

/**
 * One recorded change: when, who (an account, a table, "system"), what action, on what, details; an event that
 * repeated (a sign-in held back again and again) is one entry with how often it happened and when last.
 */
public record AuditEntry(long id, Instant at, String actor, String action, String subject, String detail,
                         int repeats, Instant lastAt) {
}
