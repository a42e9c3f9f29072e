package org.partnershipworkshop.meeting;

import java.util.List;
import java.util.Optional;

/** A whole meeting as read: facts, people, programme with ids, groups, feedback. */
public record MeetingDetails(long id, long version, MeetingFacts facts, List<Person> people,
                             List<SessionView> sessions, List<GroupView> groups, Feedback feedback) {

    public record SessionView(long id, String title, List<PresentationView> presentations) {
    }

    public record PresentationView(long id, Presentation presentation) {
    }

    /** A group with its ids: {@code data} holds number, name, template and members. */
    public record GroupView(long id, long meetingId, GroupData data) {

        public int number() {
            return data.number();
        }

        public String name() {
            return data.name();
        }
    }

    public MeetingDetails {
        people = List.copyOf(people);
        sessions = List.copyOf(sessions);
        groups = List.copyOf(groups);
    }

    public Optional<GroupView> group(long groupId) {
        return groups.stream().filter(g -> g.id() == groupId).findFirst();
    }
}
