package org.partnershipworkshop.canvas;

import java.time.Instant;

/**
 * A stored document as saved at one revision: which document, the template its content was written against,
 * the content, when and by whom.
 */
public record DocumentSnapshot(DocumentKey document, String templateId, long revision, Canvas canvas,
                               Instant savedAt, String savedBy) {
}
