package org.partnershipworkshop.security;

import java.time.Instant;

/** What the invitation page shows its holder before the password is set: whose account, which library. */
public record PendingInvitation(String username, String displayName, String libraryName, Instant expiresAt) {
}
