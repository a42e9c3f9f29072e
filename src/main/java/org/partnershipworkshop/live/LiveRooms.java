package org.partnershipworkshop.live;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.partnershipworkshop.base.NotFoundException;
import org.partnershipworkshop.meeting.MeetingService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * A meeting's row in the room, shared by joining, the room and voting: read, created (with a fresh join code)
 * on first use, locked for a change; and the event that tells the meeting's screens what changed, sent once
 * the change is committed ({@link LiveBroadcaster}). Runs inside the calling service's transaction.
 */
@Service
class LiveRooms {

    private final LiveMeetingRepository live;
    private final MeetingService meetings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LiveRooms(LiveMeetingRepository live, MeetingService meetings, ApplicationEventPublisher events, Optional<Clock> clock) {
        this.live = live;
        this.meetings = meetings;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    Instant now() {
        return clock.instant();
    }

    /** How the room stands; a meeting the room has not seen yet is in its first phase. */
    LiveState state(long meetingId) {
        return live.findById(meetingId).map(LiveMeetingEntity::toState).orElseGet(() -> LiveState.initial(meetingId));
    }

    /** The meeting's live row, locked, created (with a fresh code) on first use. */
    LiveMeetingEntity lock(long meetingId) {
        ensure(meetingId);
        return live.lock(meetingId).orElseThrow(() -> new NotFoundException("meeting", meetingId));
    }

    LiveMeetingEntity ensure(long meetingId) {
        return live.findById(meetingId).orElseGet(() -> {
            meetings.groups(meetingId); // an unknown meeting is "not found", not a broken foreign key
            return live.saveAndFlush(new LiveMeetingEntity(meetingId, uniqueCode(), now()));
        });
    }

    /** A join code no meeting has. */
    JoinCode uniqueCode() {
        JoinCode code = JoinCode.random();
        while (live.existsByJoinCode(code.value())) {
            code = JoinCode.random();
        }
        return code;
    }

    void changed(long meetingId, LiveEvent.Kind kind) {
        events.publishEvent(new LiveEvent(meetingId, kind));
    }
}
