package org.partnershipworkshop.canvas;

import java.time.Instant;

/** A canvas as saved at one revision: what, when and by whom. */
public record CanvasSnapshot(long groupId, String templateId, long revision, Canvas canvas,
                             Instant savedAt, String savedBy) {
}
