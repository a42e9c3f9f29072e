package org.partnershipworkshop.canvas;

import java.util.List;

/**
 * The outcome of a save. When someone else saved since the revision the change was based on,
 * {@code othersSaved} lists what they saved (oldest first) and the change was applied on top of it:
 * nothing of theirs nor of ours is lost, and the editor tells the user. {@code written} is false when the
 * change left the document as it was, so no revision was added.
 */
public record SaveResult(DocumentSnapshot saved, List<DocumentSnapshot> othersSaved, boolean written) {

    public SaveResult {
        othersSaved = List.copyOf(othersSaved);
    }

    public boolean merged() {
        return !othersSaved.isEmpty();
    }
}
