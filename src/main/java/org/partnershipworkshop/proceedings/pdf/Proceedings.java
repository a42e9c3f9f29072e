package org.partnershipworkshop.proceedings.pdf;

import java.util.List;
import java.util.Optional;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.meeting.Feedback;
import org.partnershipworkshop.meeting.MeetingFacts;
import org.partnershipworkshop.meeting.Person;
import org.partnershipworkshop.meeting.Session;

/**
 * Everything the proceedings show, read once from the services: the read model the PDF writers lay out.
 * The writers never ask anything else, so the layout can be tested and timed without a database.
 */
public record Proceedings(Language language, MeetingFacts facts, List<Person> people, List<Session> programme,
                          List<GroupSheet> groups, Overview overview, Feedback feedback, Optional<FormFeedback> form) {

    public Proceedings {
        people = List.copyOf(people);
        programme = List.copyOf(programme);
        groups = List.copyOf(groups);
        form = form == null ? Optional.empty() : form;
    }

    /** Proceedings of a meeting without answers to a feedback form. */
    public Proceedings(Language language, MeetingFacts facts, List<Person> people, List<Session> programme,
                       List<GroupSheet> groups, Overview overview, Feedback feedback) {
        this(language, facts, people, programme, groups, overview, feedback, Optional.empty());
    }
}
