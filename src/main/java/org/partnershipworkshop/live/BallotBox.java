package org.partnershipworkshop.live;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnershipworkshop.canvas.CanvasService;
import org.partnershipworkshop.canvas.CanvasSnapshot;
import org.partnershipworkshop.meeting.MeetingDetails.GroupView;
import org.partnershipworkshop.meeting.MeetingService;
import org.springframework.stereotype.Service;

/**
 * The dot vote's ballot and the dots given, shared by the room (opening the vote fixes the ballot) and
 * voting. Runs inside the calling service's transaction.
 */
@Service
class BallotBox {

    private final BallotEntryRepository ballots;
    private final VoteRepository votes;
    private final MeetingService meetings;
    private final CanvasService canvases;

    BallotBox(BallotEntryRepository ballots, VoteRepository votes, MeetingService meetings, CanvasService canvases) {
        this.ballots = ballots;
        this.votes = votes;
        this.meetings = meetings;
        this.canvases = canvases;
    }

    /** Every table's service as it stands now goes on the ballot; dots already given stay. */
    void fix(long meetingId) {
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
    Map<Long, String> headlines(long meetingId) {
        Map<Long, String> result = new HashMap<>();
        ballots.findByMeetingId(meetingId).forEach(b -> result.put(b.groupId(), b.headline()));
        return result;
    }

    /** Voter group id → the dots it has given in all. */
    Map<Long, Integer> usedByVoter(long meetingId) {
        Map<Long, Integer> used = new HashMap<>();
        votes.findByMeetingId(meetingId).forEach(v -> used.merge(v.voterGroupId(), v.dots(), Integer::sum));
        return used;
    }

    /** Target group id → the dots it has received in all. */
    Map<Long, Integer> receivedByTarget(long meetingId) {
        Map<Long, Integer> received = new HashMap<>();
        votes.findByMeetingId(meetingId).forEach(v -> received.merge(v.targetGroupId(), v.dots(), Integer::sum));
        return received;
    }
}
