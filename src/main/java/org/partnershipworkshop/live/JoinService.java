package org.partnershipworkshop.live;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.partnershipworkshop.base.Access;
import org.partnershipworkshop.canvas.CanvasOwner;
import org.partnershipworkshop.canvas.CanvasOwners;
import org.partnershipworkshop.security.TableAccess;
import org.partnershipworkshop.security.TableSeat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joining the room: the meeting's join code, a table's seat for a browser session or a bearer token for the
 * API, and whether a seat has ended. Joining is open to anyone with the code, limited to
 * {@value JoinAttempts#LIMIT} wrong tries a minute per client; the rest is checked like every service
 * ({@link Access}).
 */
@Service
public class JoinService {

    /** How long an API token lives at most; closing the meeting ends it earlier. */
    public static final Duration TOKEN_LIFETIME = Duration.ofHours(12);
    private static final String ANYONE = "permitAll()";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final LiveRooms rooms;
    private final LiveMeetingRepository live;
    private final SeatTokenRepository tokens;
    private final JoinAttempts attempts;
    private final LiveSeats seats;
    private final CanvasOwners owners;

    JoinService(LiveRooms rooms, LiveMeetingRepository live, SeatTokenRepository tokens, JoinAttempts attempts,
                LiveSeats seats, CanvasOwners owners) {
        this.rooms = rooms;
        this.live = live;
        this.tokens = tokens;
        this.attempts = attempts;
        this.seats = seats;
        this.owners = owners;
    }

    /** The meeting's join code, created on first use. */
    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public JoinInfo joinInfo(long meetingId) {
        LiveMeetingEntity entity = rooms.ensure(meetingId);
        return new JoinInfo(meetingId, entity.code(), entity.phase());
    }

    /** A new join code; the old one stops working at once (tables already seated stay). */
    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public JoinInfo regenerateCode(long meetingId) {
        LiveMeetingEntity entity = rooms.ensure(meetingId);
        entity.setCode(rooms.uniqueCode(), rooms.now());
        rooms.changed(meetingId, LiveEvent.Kind.STATE);
        return new JoinInfo(meetingId, entity.code(), entity.phase());
    }

    /** Step one of joining: a right code gives the meeting's tables to pick from. */
    @Transactional(readOnly = true)
    @PreAuthorize(ANYONE)
    public JoinChoice checkCode(String typedCode, String client) {
        LiveMeetingEntity meeting = openMeeting(typedCode, client);
        attempts.succeeded(client);
        List<CanvasOwner> tables = owners.atMeeting(meeting.meetingId());
        String title = tables.isEmpty() ? null : tables.getFirst().meetingTitle();
        return new JoinChoice(meeting.meetingId(), title, tables.stream()
                .map(t -> new JoinChoice.Table(t.groupId(), t.groupNumber(), t.groupName())).toList());
    }

    /** Step two: the seat at the table of that number, for the browser session the caller then signs into. */
    @Transactional(readOnly = true)
    @PreAuthorize(ANYONE)
    public TableSeat seat(String typedCode, int tableNumber, String client) {
        LiveMeetingEntity meeting = openMeeting(typedCode, client);
        TableSeat seat = owners.atMeeting(meeting.meetingId()).stream().filter(t -> t.groupNumber() == tableNumber)
                .findFirst().map(t -> new TableSeat(t.meetingId(), t.groupId(), t.groupNumber()))
                .orElseThrow(WrongJoinException::new);
        attempts.succeeded(client);
        return seat;
    }

    /** Joining over the API: a bearer token for the table, shown once, valid until it expires or the meeting closes. */
    @Transactional
    @PreAuthorize(ANYONE)
    public SeatGrant issueToken(String typedCode, int tableNumber, String client) {
        TableSeat seat = seat(typedCode, tableNumber, client);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = rooms.now();
        Instant expires = now.plus(TOKEN_LIFETIME);
        tokens.deleteExpired(now);
        tokens.save(new SeatTokenEntity(LiveSeats.hash(token), seat.meetingId(), seat.groupId(), now, expires));
        return new SeatGrant(token, seat.groupId(), expires);
    }

    /** Whether the caller sits at a table whose seat has ended (its meeting was closed meanwhile). */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.SIGNED_IN)
    public boolean seatEnded() {
        return TableAccess.current().map(seat -> !seats.isValid(seat)).orElse(false);
    }

    /** The open meeting of the code; the try has taken the client's token, which only a complete join gives back. */
    private LiveMeetingEntity openMeeting(String typedCode, String client) {
        attempts.begin(client);
        return JoinCode.parse(typedCode).flatMap(code -> live.findByJoinCode(code.value()))
                .filter(m -> m.phase() != Phase.CLOSED)
                .orElseThrow(WrongJoinException::new);
    }
}
