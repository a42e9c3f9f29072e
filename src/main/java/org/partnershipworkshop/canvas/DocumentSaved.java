package org.partnershipworkshop.canvas;

import java.time.Instant;

/**
 * A revision of a stored document was saved; published inside the saving transaction, delivered to the
 * screens that subscribed once it is committed ({@link DocumentBroadcaster}).
 */
public record DocumentSaved(long documentId, DocumentKey document, long revision, Instant savedAt, String savedBy) {
}
