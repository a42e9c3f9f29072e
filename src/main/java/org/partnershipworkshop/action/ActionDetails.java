package org.partnershipworkshop.action;

import java.time.Instant;

/** An action as read: its id and version (for a change's check), the facts, the last change. */
public record ActionDetails(long id, long version, ActionFacts facts, Instant updatedAt, String updatedBy) {
}
