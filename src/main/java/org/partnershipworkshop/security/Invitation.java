package org.partnershipworkshop.security;

import java.time.Instant;

/**
 * A fresh invitation: the account it is for and the link's path (e.g. {@code /invitation/…}), shown once to
 * the coordinator who passes it on; the product keeps only the token's hash, so it cannot be shown again.
 */
public record Invitation(AccountSummary account, String path, Instant expiresAt) {
}
