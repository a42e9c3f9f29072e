package org.partnershipworkshop.partner;

import java.time.Instant;

/**
 * A merge of one partner into another, as the merge history shows it. {@code undoable} is false once it
 * was undone, or while the kept partner is itself merged into a third (undo that one first).
 */
public record PartnerMerge(long id, long keptId, String keptName, long mergedId, String mergedName,
                           Instant mergedAt, String mergedBy, Instant undoneAt, String undoneBy, boolean undoable) {

    public boolean undone() {
        return undoneAt != null;
    }
}
