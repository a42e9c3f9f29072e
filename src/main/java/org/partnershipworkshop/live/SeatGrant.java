package org.partnershipworkshop.live;

import java.time.Instant;

/** A bearer token for the API, scoped to one table; the token itself is shown once and stored only hashed. */
public record SeatGrant(String token, long groupId, Instant expiresAt) {
}
