package org.partnershipworkshop.live;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.partnershipworkshop.base.Access;
import org.partnershipworkshop.base.NotFoundException;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.partnershipworkshop.canvas.CanvasOwner;
import org.partnershipworkshop.canvas.CanvasOwners;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dot vote: how many dots each table has, whether the projector shows the votes, a table's ballot and its
 * dots, and the results. The ballot is fixed when the room opens the vote ({@link RoomService#setPhase}).
 */
@Service
public class VotingService {

    public static final int MAX_VOTES_PER_TABLE = 20;

    private final LiveRooms rooms;
    private final LiveMeetingRepository live;
    private final VoteRepository votes;
    private final BallotBox ballot;
    private final CanvasOwners owners;

    VotingService(LiveRooms rooms, LiveMeetingRepository live, VoteRepository votes, BallotBox ballot, CanvasOwners owners) {
        this.rooms = rooms;
        this.live = live;
        this.votes = votes;
        this.ballot = ballot;
        this.owners = owners;
    }

    /** How many dots each table has; never fewer than a table has already given. */
    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public LiveState setVotesPerTable(long meetingId, int votesPerTable) {
        if (votesPerTable < 1 || votesPerTable > MAX_VOTES_PER_TABLE) {
            throw new ValidationFailedException(Violation.of("votesPerTable", "vote.error.range", 1, MAX_VOTES_PER_TABLE));
        }
        LiveMeetingEntity entity = rooms.lock(meetingId);
        int mostUsed = ballot.usedByVoter(meetingId).values().stream().mapToInt(Integer::intValue).max().orElse(0);
        if (votesPerTable < mostUsed) {
            throw new ValidationFailedException(Violation.of("votesPerTable", "vote.error.belowUsed", mostUsed));
        }
        entity.setVotesPerTable(votesPerTable, rooms.now());
        rooms.changed(meetingId, LiveEvent.Kind.STATE);
        rooms.changed(meetingId, LiveEvent.Kind.VOTES);
        return entity.toState();
    }

    /** Whether the projector shows the votes per service (hidden while tables vote, to spare the bandwagon). */
    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public LiveState showResults(long meetingId, boolean shown) {
        LiveMeetingEntity entity = rooms.lock(meetingId);
        entity.setResultsShown(shown, rooms.now());
        rooms.changed(meetingId, LiveEvent.Kind.STATE);
        rooms.changed(meetingId, LiveEvent.Kind.VOTES);
        return entity.toState();
    }

    /** The table's voting paper: the other tables' services and the dots it gave each. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READ_GROUP)
    public Ballot ballot(long groupId) {
        CanvasOwner voter = owner(groupId);
        LiveState state = rooms.state(voter.meetingId());
        Map<Long, Integer> given = votes.findByVoterGroupId(groupId).stream()
                .collect(Collectors.toMap(VoteEntity::targetGroupId, VoteEntity::dots));
        Map<Long, String> headlines = ballot.headlines(voter.meetingId());
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
        if (!ballot.headlines(voter.meetingId()).containsKey(forGroupId)) {
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
            rooms.changed(voter.meetingId(), LiveEvent.Kind.VOTES);
        }
        return ballot(groupId);
    }

    /** The votes per service, most first, with how many dots each table used. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public VotingResults results(long meetingId) {
        LiveState state = rooms.state(meetingId);
        Map<Long, String> headlines = ballot.headlines(meetingId);
        Map<Long, Integer> received = ballot.receivedByTarget(meetingId);
        Map<Long, Integer> used = ballot.usedByVoter(meetingId);
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

    private CanvasOwner owner(long groupId) {
        return owners.find(groupId).orElseThrow(() -> new NotFoundException("group", groupId));
    }
}
