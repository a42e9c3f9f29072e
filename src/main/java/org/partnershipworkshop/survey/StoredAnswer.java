package org.partnershipworkshop.survey;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An answer as kept: the channel it came through, the device's salted hash (never the key), the values by
 * question, when it was first sent and last changed. Backups carry answers in this shape; the demo writes them.
 */
public record StoredAnswer(long channel, String deviceHash, Map<String, List<String>> values, Instant submittedAt,
                           Instant updatedAt) {
}
