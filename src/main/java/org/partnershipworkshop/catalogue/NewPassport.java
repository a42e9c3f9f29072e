package org.partnershipworkshop.catalogue;

import java.util.List;
import org.partnershipworkshop.canvas.Canvas;
import org.partnershipworkshop.canvas.Note;

/** The passport a new practice starts with: its name, and the team when it is known (a presentation's speaker). */
public final class NewPassport {

    private NewPassport() {
    }

    public static Canvas named(String name, String team) {
        Canvas passport = Canvas.EMPTY.with(PracticeStore.NAME_FIELD, List.of(new Note(name)));
        return team == null || team.isBlank() ? passport : passport.with("team", List.of(new Note(team)));
    }
}
