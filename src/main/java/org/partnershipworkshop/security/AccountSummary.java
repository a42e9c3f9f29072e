package org.partnershipworkshop.security;

import java.time.Instant;

/**
 * An account as the admin sees it (never its password hash); {@code libraryId} is the library a LIBRARY
 * account belongs to, null for every other role.
 */
public record AccountSummary(long id, String username, String displayName, Role role, boolean enabled,
                             Instant createdAt, Long libraryId) {
}
