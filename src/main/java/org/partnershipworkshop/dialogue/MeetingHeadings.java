package org.partnershipworkshop.dialogue;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.meeting.MeetingChanged;
import org.partnershipworkshop.meeting.MeetingFacts;
import org.partnershipworkshop.meeting.MeetingService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The heading a public form shows (the meeting's title, days and language). Participants answering have no
 * right to read meetings, so the heading is read as the system and kept in memory until the meeting changes:
 * a room of phones opening the form does not read the whole meeting forty times.
 */
@Component
class MeetingHeadings {

    record Heading(String title, LocalDate startDate, LocalDate endDate, Language language) {
    }

    private final MeetingService meetings;
    private final Map<Long, Heading> cache = new ConcurrentHashMap<>();

    MeetingHeadings(MeetingService meetings) {
        this.meetings = meetings;
    }

    Heading of(long meetingId) {
        Heading known = cache.get(meetingId);
        if (known != null) {
            return known;
        }
        MeetingFacts facts = SystemTask.run(() -> meetings.details(meetingId).facts());
        Heading heading = new Heading(facts.title(), facts.startDate(), facts.endDate(), facts.language());
        cache.put(meetingId, heading);
        return heading;
    }

    @EventListener
    void changed(MeetingChanged event) {
        cache.remove(event.meetingId());
    }
}
