package org.partnershipworkshop.canvas;

import java.time.Instant;

/** A group's canvas as saved at one revision: what, when and by whom. */
public record CanvasSnapshot(long groupId, String templateId, long revision, Canvas canvas,
                             Instant savedAt, String savedBy) {

    /** The owner kind of a group's canvas in the document store. */
    static final String OWNER = "group";
    /** A group has one document, its canvas. */
    static final String SHEET = "canvas";

    /** The stored document that is a group's canvas. */
    public static DocumentKey key(long groupId) {
        return new DocumentKey(OWNER, groupId, SHEET);
    }

    static CanvasSnapshot of(DocumentSnapshot d) {
        return new CanvasSnapshot(d.document().ownerId(), d.templateId(), d.revision(), d.canvas(), d.savedAt(), d.savedBy());
    }

    /** The same state as a stored document, as the board editor and the history show it. */
    public DocumentSnapshot document() {
        return new DocumentSnapshot(key(groupId), templateId, revision, canvas, savedAt, savedBy);
    }
}
