package org.partnershipworkshop.live;

import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.partnershipworkshop.base.Access;
import org.partnershipworkshop.security.TableAccess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meeting room as it runs: its phase and countdown, which table laptops are open, and how the rooms stand
 * for the calendar. Screens subscribe to a meeting's changes (phase, countdown, votes, presence, closing).
 */
@Service
public class RoomService {

    private final LiveRooms rooms;
    private final SeatTokenRepository tokens;
    private final BallotBox ballot;
    private final LivePresence presence;
    private final LiveBroadcaster broadcaster;
    private final RoomStates states;

    RoomService(LiveRooms rooms, SeatTokenRepository tokens, BallotBox ballot, LivePresence presence,
                LiveBroadcaster broadcaster, RoomStates states) {
        this.rooms = rooms;
        this.tokens = tokens;
        this.ballot = ballot;
        this.presence = presence;
        this.broadcaster = broadcaster;
        this.states = states;
    }

    // --- reading the room

    @Transactional(readOnly = true)
    @PreAuthorize(Access.READ_MEETING)
    public LiveState state(long meetingId) {
        return rooms.state(meetingId);
    }

    /** Calls the listener (on another thread) whenever the meeting's room changes, until the registration is removed. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READ_MEETING)
    public Registration subscribe(long meetingId, Consumer<LiveEvent> listener) {
        return broadcaster.subscribe(meetingId, listener);
    }

    /** Counts a table's screen as connected until the registration is removed; other callers are not counted. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READ_GROUP)
    public Registration connect(long groupId) {
        return TableAccess.current().filter(seat -> seat.groupId() == groupId)
                .map(seat -> presence.connect(seat.meetingId(), groupId))
                .orElse(() -> { });
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public Presence presence(long meetingId) {
        return presence.of(meetingId);
    }

    /** How the rooms of these meetings stand (the calendar's status); a meeting missing from the answer is idle. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public Map<Long, RoomState> rooms(Collection<Long> meetingIds) {
        return states.of(meetingIds);
    }

    // --- phases and countdown

    /**
     * Moves the meeting to a phase. Opening the vote fixes the ballot (every table's service as it stands);
     * closing ends every table's seat and token and stops the countdown; reopening makes a new join code,
     * so the old one stays invalid.
     */
    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public LiveState setPhase(long meetingId, Phase phase) {
        LiveMeetingEntity entity = rooms.lock(meetingId);
        Phase before = entity.phase();
        Instant now = rooms.now();
        if (phase == Phase.VOTING) {
            ballot.fix(meetingId);
        }
        if (before == Phase.CLOSED && phase != Phase.CLOSED) {
            entity.setCode(rooms.uniqueCode(), now);
        }
        entity.setPhase(phase, now);
        if (phase == Phase.CLOSED) {
            entity.setCountdown(Countdown.IDLE, now);
            tokens.deleteByMeetingId(meetingId);
            rooms.changed(meetingId, LiveEvent.Kind.CLOSED);
        }
        rooms.changed(meetingId, LiveEvent.Kind.STATE);
        return entity.toState();
    }

    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public LiveState startTimer(long meetingId, Duration duration) {
        return countdown(meetingId, c -> Countdown.start(duration, rooms.now()));
    }

    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public LiveState pauseTimer(long meetingId) {
        return countdown(meetingId, c -> c.pause(rooms.now()));
    }

    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public LiveState resumeTimer(long meetingId) {
        return countdown(meetingId, c -> c.resume(rooms.now()));
    }

    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public LiveState extendTimer(long meetingId, Duration extra) {
        return countdown(meetingId, c -> c.extend(extra, rooms.now()));
    }

    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public LiveState stopTimer(long meetingId) {
        return countdown(meetingId, c -> Countdown.IDLE);
    }

    private LiveState countdown(long meetingId, Function<Countdown, Countdown> change) {
        LiveMeetingEntity entity = rooms.lock(meetingId);
        entity.setCountdown(change.apply(entity.countdown()), rooms.now());
        rooms.changed(meetingId, LiveEvent.Kind.STATE);
        return entity.toState();
    }
}
