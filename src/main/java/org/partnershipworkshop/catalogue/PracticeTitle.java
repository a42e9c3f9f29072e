package org.partnershipworkshop.catalogue;

import org.partnershipworkshop.canvas.Canvas;
import org.partnershipworkshop.canvas.Note;

/**
 * A practice is called by the first note of its passport's name field; the next ones name the institution that
 * carries it out (seed 000: "name of the practice and of the institution").
 */
public final class PracticeTitle {

    private PracticeTitle() {
    }

    /** The name, or null when the passport names none. */
    public static String of(Canvas passport) {
        return passport.entries(PracticeStore.NAME_FIELD, Note.class).stream().map(Note::text).findFirst().orElse(null);
    }

    /** Who carries the practice out: the name field's further notes, or null. */
    public static String institution(Canvas passport) {
        String rest = String.join("; ", passport.entries(PracticeStore.NAME_FIELD, Note.class).stream().skip(1)
                .map(Note::text).toList());
        return rest.isBlank() ? null : rest;
    }
}
