package org.partnershipworkshop.catalogue;

import org.partnershipworkshop.canvas.Canvas;
import org.partnershipworkshop.canvas.Note;

/** A practice is called by the first note of its passport's name field. */
public final class PracticeTitle {

    private PracticeTitle() {
    }

    /** The name, or null when the passport names none. */
    public static String of(Canvas passport) {
        return passport.entries(PracticeStore.NAME_FIELD, Note.class).stream().map(Note::text).findFirst().orElse(null);
    }
}
