package org.partnershipworkshop.security;

import java.time.Instant;

/** An account as the admin sees it (never its password hash). */
public record AccountSummary(long id, String username, String displayName, Role role, boolean enabled,
                             Instant createdAt) {
}
