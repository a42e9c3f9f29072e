package org.partnershipworkshop.canvas;

import java.time.Instant;

/** Published when a canvas revision is saved; listeners act after the transaction commits. */
public record CanvasSaved(long groupId, long revision, Instant savedAt, String savedBy) {
}
