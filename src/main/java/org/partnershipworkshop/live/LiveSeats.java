package org.partnershipworkshop.live;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.partnershipworkshop.security.Seats;
import org.partnershipworkshop.security.TableSeat;
import org.partnershipworkshop.canvas.CanvasOwners;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the security layer: a seat is valid while its meeting is not closed; a bearer token names a seat
 * while it is unexpired and its meeting open. Asked on every call of a participant, so each meeting's phase
 * is cached: forgotten after every committed change (see {@link LiveBroadcaster}), and at most a few seconds
 * old in any case, so a read racing with a change cannot keep a closed meeting open.
 */
@Service
class LiveSeats implements Seats {

    private final LiveMeetingRepository meetings;
    private final SeatTokenRepository tokens;
    private final CanvasOwners owners;
    private final Clock clock;
    private final Map<Long, Cached> phases = new ConcurrentHashMap<>();

    private record Cached(Phase phase, long loadedAt) {
        boolean fresh() {
            return System.nanoTime() - loadedAt < MAX_AGE_NANOS;
        }
    }

    private static final long MAX_AGE_NANOS = 5_000_000_000L;

    LiveSeats(LiveMeetingRepository meetings, SeatTokenRepository tokens, CanvasOwners owners, Optional<Clock> clock) {
        this.meetings = meetings;
        this.tokens = tokens;
        this.owners = owners;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    public boolean isValid(TableSeat seat) {
        return phase(seat.meetingId()).map(phase -> phase != Phase.CLOSED).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TableSeat> forToken(String token) {
        return tokens.findById(hash(token))
                .filter(t -> t.expiresAt().isAfter(clock.instant()))
                .flatMap(t -> owners.find(t.groupId()).filter(o -> o.meetingId() == t.meetingId()))
                .map(owner -> new TableSeat(owner.meetingId(), owner.groupId(), owner.groupNumber()))
                .filter(this::isValid);
    }

    private Optional<Phase> phase(long meetingId) {
        Cached cached = phases.get(meetingId);
        if (cached != null && cached.fresh()) {
            return Optional.of(cached.phase());
        }
        long loadedAt = System.nanoTime();
        Optional<Phase> phase = meetings.findById(meetingId).map(LiveMeetingEntity::phase);
        phase.ifPresent(p -> phases.put(meetingId, new Cached(p, loadedAt)));
        return phase;
    }

    void forget(long meetingId) {
        phases.remove(meetingId);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
