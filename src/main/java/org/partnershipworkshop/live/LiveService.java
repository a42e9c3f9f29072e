package org.partnershipworkshop.live;

import com.vaadin.flow.shared.Registration;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnershipworkshop.base.Access;
import org.partnershipworkshop.base.NotFoundException;
import org.partnershipworkshop.security.TableAccess;
import org.partnershipworkshop.security.TableSeat;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.partnershipworkshop.canvas.CanvasOwner;
import org.partnershipworkshop.canvas.CanvasOwners;
import org.partnershipworkshop.canvas.CanvasService;
import org.partnershipworkshop.canvas.CanvasSnapshot;
import org.partnershipworkshop.meeting.MeetingDetails.GroupView;
import org.partnershipworkshop.meeting.MeetingService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meeting room: tables join with the meeting's code (a browser seat or an API token), the facilitator
 * steps through the phases, runs the countdown and the dot vote. Screens subscribe to a meeting's changes.
 * Joining is open to anyone with the code, limited to {@value JoinAttempts#LIMIT} wrong tries a minute per
 * client; everything else is checked like every service ({@link Access}).
 */
@Service
public class LiveService {

    /** How long an API token lives at most; closing the meeting ends it earlier. */
    public static final Duration TOKEN_LIFETIME = Duration.ofHours(12);
    public static final int MAX_VOTES_PER_TABLE = 20;
    private static final String ANYONE = "permitAll()";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final LiveMeetingRepository live;
    private final VoteRepository votes;
    private final BallotEntryRepository ballots;
    private final SeatTokenRepository tokens;
    private final JoinAttempts attempts;
    private final LivePresence presence;
    private final LiveBroadcaster broadcaster;
    private final LiveSeats seats;
    private final CanvasOwners owners;
    private final CanvasService canvases;
    private final MeetingService meetings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RoomStates rooms;

    LiveService(LiveMeetingRepository live, VoteRepository votes, BallotEntryRepository ballots,
                SeatTokenRepository tokens, JoinAttempts attempts, LivePresence presence, LiveBroadcaster broadcaster,
                LiveSeats seats, CanvasOwners owners, CanvasService canvases, MeetingService meetings, ApplicationEventPublisher events,
                Optional<Clock> clock, RoomStates rooms) {
        this.rooms = rooms;
        this.live = live;
        this.votes = votes;
        this.ballots = ballots;
        this.tokens = tokens;
        this.attempts = attempts;
        this.presence = presence;
        this.broadcaster = broadcaster;
        this.seats = seats;
        this.owners = owners;
        this.canvases = canvases;
        this.meetings = meetings;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    // --- reading the room

    @Transactional(readOnly = true)
    @PreAuthorize(Access.READ_MEETING)
    public LiveState state(long meetingId) {
        return live.findById(meetingId).map(LiveMeetingEntity::toState).orElseGet(() -> LiveState.initial(meetingId));
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

    /** Whether the caller sits at a table whose seat has ended (its meeting was closed meanwhile). */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.SIGNED_IN)
    public boolean seatEnded() {
        return TableAccess.current().map(seat -> !seats.isValid(seat)).orElse(false);
    }

    // --- joining

    /** The meeting's join code, created on first use. */
    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public JoinInfo joinInfo(long meetingId) {
        LiveMeetingEntity entity = ensure(meetingId);
        return new JoinInfo(meetingId, entity.code(), entity.phase());
    }

    /** A new join code; the old one stops working at once (tables already seated stay). */
    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public JoinInfo regenerateCode(long meetingId) {
        LiveMeetingEntity entity = ensure(meetingId);
        entity.setCode(uniqueCode(), clock.instant());
        changed(meetingId, LiveEvent.Kind.STATE);
        return new JoinInfo(meetingId, entity.code(), entity.phase());
    }

    /** Step one of joining: a right code gives the meeting's tables to pick from. */
    @Transactional(readOnly = true)
    @PreAuthorize(ANYONE)
    public JoinChoice checkCode(String typedCode, String client) {
        LiveMeetingEntity meeting = openMeeting(typedCode, client);
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
        return owners.atMeeting(meeting.meetingId()).stream().filter(t -> t.groupNumber() == tableNumber).findFirst()
                .map(t -> new TableSeat(t.meetingId(), t.groupId(), t.groupNumber()))
                .orElseThrow(() -> wrong(client));
    }

    /** Joining over the API: a bearer token for the table, shown once, valid until it expires or the meeting closes. */
    @Transactional
    @PreAuthorize(ANYONE)
    public SeatGrant issueToken(String typedCode, int tableNumber, String client) {
        TableSeat seat = seat(typedCode, tableNumber, client);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Instant expires = now.plus(TOKEN_LIFETIME);
        tokens.deleteExpired(now);
        tokens.save(new SeatTokenEntity(LiveSeats.hash(token), seat.meetingId(), seat.groupId(), now, expires));
        return new SeatGrant(token, seat.groupId(), expires);
    }

    private LiveMeetingEntity openMeeting(String typedCode, String client) {
        Instant now = clock.instant();
        attempts.blocked(client, now).ifPresent(wait -> {
            throw new TooManyJoinAttemptsException(wait);
        });
        return JoinCode.parse(typedCode).flatMap(code -> live.findByJoinCode(code.value()))
                .filter(m -> m.phase() != Phase.CLOSED)
                .orElseThrow(() -> wrong(client));
    }

    private WrongJoinException wrong(String client) {
        attempts.failed(client, clock.instant());
        return new WrongJoinException();
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
        LiveMeetingEntity entity = lock(meetingId);
        Phase before = entity.phase();
        Instant now = clock.instant();
        if (phase == Phase.VOTING) {
            fixBallot(meetingId);
        }
        if (before == Phase.CLOSED && phase != Phase.CLOSED) {
            entity.setCode(uniqueCode(), now);
        }
        entity.setPhase(phase, now);
        if (phase == Phase.CLOSED) {
            entity.setCountdown(Countdown.IDLE, now);
            tokens.deleteByMeetingId(meetingId);
            changed(meetingId, LiveEvent.Kind.CLOSED);
        }
        changed(meetingId, LiveEvent.Kind.STATE);
        return entity.toState();
    }

    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public LiveState startTimer(long meetingId, Duration duration) {
        return countdown(meetingId, c -> Countdown.start(duration, clock.instant()));
    }

    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public LiveState pauseTimer(long meetingId) {
        return countdown(meetingId, c -> c.pause(clock.instant()));
    }

    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public LiveState resumeTimer(long meetingId) {
        return countdown(meetingId, c -> c.resume(clock.instant()));
    }

    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public LiveState extendTimer(long meetingId, Duration extra) {
        return countdown(meetingId, c -> c.extend(extra, clock.instant()));
    }

    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public LiveState stopTimer(long meetingId) {
        return countdown(meetingId, c -> Countdown.IDLE);
    }

    private LiveState countdown(long meetingId, Function<Countdown, Countdown> change) {
        LiveMeetingEntity entity = lock(meetingId);
        entity.setCountdown(change.apply(entity.countdown()), clock.instant());
        changed(meetingId, LiveEvent.Kind.STATE);
        return entity.toState();
    }

    // --- dot voting

    /** How many dots each table has; never fewer than a table has already given. */
    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public LiveState setVotesPerTable(long meetingId, int votesPerTable) {
        if (votesPerTable < 1 || votesPerTable > MAX_VOTES_PER_TABLE) {
            throw new ValidationFailedException(Violation.of("votesPerTable", "vote.error.range", 1, MAX_VOTES_PER_TABLE));
        }
        LiveMeetingEntity entity = lock(meetingId);
        int mostUsed = usedByVoter(meetingId).values().stream().mapToInt(Integer::intValue).max().orElse(0);
        if (votesPerTable < mostUsed) {
            throw new ValidationFailedException(Violation.of("votesPerTable", "vote.error.belowUsed", mostUsed));
        }
        entity.setVotesPerTable(votesPerTable, clock.instant());
        changed(meetingId, LiveEvent.Kind.STATE);
        changed(meetingId, LiveEvent.Kind.VOTES);
        return entity.toState();
    }

    /** Whether the projector shows the votes per service (hidden while tables vote, to spare the bandwagon). */
    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public LiveState showResults(long meetingId, boolean shown) {
        LiveMeetingEntity entity = lock(meetingId);
        entity.setResultsShown(shown, clock.instant());
        changed(meetingId, LiveEvent.Kind.STATE);
        changed(meetingId, LiveEvent.Kind.VOTES);
        return entity.toState();
    }

    /** The table's voting paper: the other tables' services and the dots it gave each. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READ_GROUP)
    public Ballot ballot(long groupId) {
        CanvasOwner voter = owner(groupId);
        LiveState state = live.findById(voter.meetingId()).map(LiveMeetingEntity::toState)
                .orElseGet(() -> LiveState.initial(voter.meetingId()));
        Map<Long, Integer> given = votes.findByVoterGroupId(groupId).stream()
                .collect(Collectors.toMap(VoteEntity::targetGroupId, VoteEntity::dots));
        Map<Long, String> headlines = headlines(voter.meetingId());
        List<Ballot.Option> options = owners.atMeeting(voter.meetingId()).stream()
                .filter(t -> t.groupId() != groupId && headlines.containsKey(t.groupId()))
                .map(t -> new Ballot.Option(t.groupId(), t.groupNumber(), t.groupName(), headlines.get(t.groupId()),
                        given.getOrDefault(t.groupId(), 0)))
                .toList();
        return new Ballot(groupId, state.phase(), state.votesPerTable(), options);
    }

    /**
     * Gives ({@code delta} > 0) or takes back ({@code delta} < 0) dots of a table for another table's service,
     * while the vote is open. Never for its own service, never more dots than the table has.
     */
    @Transactional
    @PreAuthorize(Access.EDIT_GROUP)
    public Ballot vote(long groupId, long forGroupId, int delta) {
        CanvasOwner voter = owner(groupId);
        LiveMeetingEntity meeting = live.lock(voter.meetingId())
                .orElseThrow(() -> ValidationFailedException.of("vote.error.notOpen"));
        if (meeting.phase() != Phase.VOTING) {
            throw ValidationFailedException.of("vote.error.notOpen");
        }
        if (forGroupId == groupId) {
            throw ValidationFailedException.of("vote.error.ownTable");
        }
        if (!headlines(voter.meetingId()).containsKey(forGroupId)) {
            throw ValidationFailedException.of("vote.error.notOnBallot");
        }
        VoteEntity vote = votes.findByVoterGroupIdAndTargetGroupId(groupId, forGroupId)
                .orElseGet(() -> new VoteEntity(voter.meetingId(), groupId, forGroupId));
        int used = votes.findByVoterGroupId(groupId).stream().mapToInt(VoteEntity::dots).sum();
        if (delta > 0 && used + delta > meeting.votesPerTable()) {
            throw ValidationFailedException.of("vote.error.noneLeft", meeting.votesPerTable());
        }
        int dots = Math.max(0, vote.dots() + delta);
        if (dots != vote.dots()) {
            vote.setDots(dots);
            votes.save(vote);
            changed(voter.meetingId(), LiveEvent.Kind.VOTES);
        }
        return ballot(groupId);
    }

    /** How the rooms of these meetings stand (the calendar's status); a meeting missing from the answer is idle. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public Map<Long, RoomState> rooms(Collection<Long> meetingIds) {
        return rooms.of(meetingIds);
    }

    /** The votes per service, most first, with how many dots each table used. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public VotingResults results(long meetingId) {
        LiveState state = state(meetingId);
        Map<Long, String> headlines = headlines(meetingId);
        Map<Long, Integer> received = new HashMap<>();
        votes.findByMeetingId(meetingId).forEach(v -> received.merge(v.targetGroupId(), v.dots(), Integer::sum));
        Map<Long, Integer> used = usedByVoter(meetingId);
        List<VotingResults.Tally> tallies = new ArrayList<>();
        List<VotingResults.Voter> voters = new ArrayList<>();
        for (CanvasOwner table : owners.atMeeting(meetingId)) {
            if (headlines.containsKey(table.groupId())) {
                tallies.add(new VotingResults.Tally(table.groupId(), table.groupNumber(), table.groupName(),
                        headlines.get(table.groupId()), received.getOrDefault(table.groupId(), 0)));
            }
            voters.add(new VotingResults.Voter(table.groupId(), table.groupNumber(), used.getOrDefault(table.groupId(), 0)));
        }
        tallies.sort(Comparator.comparingInt(VotingResults.Tally::votes).reversed()
                .thenComparingInt(VotingResults.Tally::number));
        return new VotingResults(state.votesPerTable(), state.resultsShown() || state.closed(), tallies, voters);
    }

    /** Every table's service as it stands now goes on the ballot; dots already given stay. */
    private void fixBallot(long meetingId) {
        List<GroupView> groups = meetings.groups(meetingId);
        Map<Long, CanvasSnapshot> current = canvases.current(groups.stream().map(GroupView::id).toList());
        Map<Long, BallotEntryEntity> existing = ballots.findByMeetingId(meetingId).stream()
                .collect(Collectors.toMap(BallotEntryEntity::groupId, Function.identity()));
        for (GroupView group : groups) {
            CanvasSnapshot snapshot = current.get(group.id());
            String headline = snapshot == null ? null : canvases.findTemplate(snapshot.templateId())
                    .map(t -> ServiceHeadline.of(t, snapshot.canvas())).orElse(null);
            BallotEntryEntity entry = existing.remove(group.id());
            if (entry == null) {
                ballots.save(new BallotEntryEntity(meetingId, group.id(), headline));
            } else {
                entry.setHeadline(headline);
            }
        }
        ballots.deleteAll(existing.values());
    }

    /** Ballot: group id → its service's headline (possibly null: a table whose canvas names no service yet). */
    private Map<Long, String> headlines(long meetingId) {
        Map<Long, String> result = new HashMap<>();
        ballots.findByMeetingId(meetingId).forEach(b -> result.put(b.groupId(), b.headline()));
        return result;
    }

    private Map<Long, Integer> usedByVoter(long meetingId) {
        Map<Long, Integer> used = new HashMap<>();
        votes.findByMeetingId(meetingId).forEach(v -> used.merge(v.voterGroupId(), v.dots(), Integer::sum));
        return used;
    }

    // --- helpers

    private CanvasOwner owner(long groupId) {
        return owners.find(groupId).orElseThrow(() -> new NotFoundException("group", groupId));
    }

    /** The meeting's live row, locked, created (with a fresh code) on first use. */
    private LiveMeetingEntity lock(long meetingId) {
        ensure(meetingId);
        return live.lock(meetingId).orElseThrow(() -> new NotFoundException("meeting", meetingId));
    }

    private LiveMeetingEntity ensure(long meetingId) {
        return live.findById(meetingId).orElseGet(() -> {
            meetings.groups(meetingId); // an unknown meeting is "not found", not a broken foreign key
            return live.saveAndFlush(new LiveMeetingEntity(meetingId, uniqueCode(), clock.instant()));
        });
    }

    private JoinCode uniqueCode() {
        JoinCode code = JoinCode.random();
        while (live.existsByJoinCode(code.value())) {
            code = JoinCode.random();
        }
        return code;
    }

    private void changed(long meetingId, LiveEvent.Kind kind) {
        events.publishEvent(new LiveEvent(meetingId, kind));
    }
}
