package org.partnershipworkshop.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnershipworkshop.base.Access;
import org.partnershipworkshop.live.RoomService;
import org.partnershipworkshop.live.RoomState;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.meeting.ScheduledMeeting;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The regional calendar: the meetings of a period, each with where it stands today (decision 0061). */
@Service
public class CalendarService {

    private final MeetingService meetings;
    private final RoomService room;
    private final Clock clock;

    CalendarService(MeetingService meetings, RoomService room, Optional<Clock> clock) {
        this.meetings = meetings;
        this.room = room;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Meetings with a day between {@code from} and {@code to} (both included), earliest first, each with its
     * status today; only those for {@code region} when one is given (any letter case).
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public List<CalendarEntry> calendar(LocalDate from, LocalDate to, String region) {
        List<ScheduledMeeting> found = meetings.scheduled(from, to, region);
        Map<Long, RoomState> rooms = found.isEmpty() ? Map.of()
                : room.rooms(found.stream().map(ScheduledMeeting::id).toList());
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault());
        return found.stream().map(m -> new CalendarEntry(m.id(), m.title(), m.kind(), m.startDate(), m.endDate(),
                m.venue(), m.regions(), MeetingStatus.of(m.startDate(), m.endDate(), today,
                        rooms.getOrDefault(m.id(), RoomState.IDLE)))).toList();
    }

    /** Every region some meeting names, once each, in alphabetical order. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public List<String> regions() {
        return meetings.regions();
    }
}
