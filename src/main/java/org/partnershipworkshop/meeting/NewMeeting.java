package org.partnershipworkshop.meeting;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.Rules;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.partnershipworkshop.canvas.Canvas;

/** A whole meeting to create at once (an import, a restore): facts, people, programme, groups with canvases. */
public record NewMeeting(MeetingFacts facts, List<Person> people, List<Session> sessions,
                         List<NewGroup> groups, Feedback feedback) {

    /** A group with the canvas it starts with. */
    public record NewGroup(GroupData group, Canvas canvas) {
    }

    public NewMeeting {
        people = Rules.list(people, "people", Limits.PEOPLE);
        sessions = Rules.list(sessions, "sessions", Limits.ENTRIES);
        groups = Rules.list(groups, "groups", Limits.GROUPS);
        feedback = feedback == null ? Feedback.NONE : feedback;
        Set<Integer> numbers = new HashSet<>();
        for (NewGroup g : groups) {
            if (!numbers.add(g.group().number())) {
                throw new ValidationFailedException(Violation.of("groups", "error.groupNumberTaken", g.group().number()));
            }
        }
    }
}
