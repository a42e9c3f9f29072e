package org.partnershipworkshop.live;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.partnershipworkshop.base.Access;
import org.partnershipworkshop.meeting.MeetingStatusSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the calendar how each meeting's room stands. In use: tables at work, results, voting, or a table
 * laptop connected. The presentations phase alone is not "in use": a room gets that phase as soon as a
 * facilitator opens the meeting's page, long before the meeting.
 */
@Service
class LiveMeetingStatus implements MeetingStatusSource {

    private static final Set<Phase> WORKING = Set.of(Phase.GROUP_WORK, Phase.RESULTS, Phase.VOTING);

    private final LiveMeetingRepository live;
    private final LivePresence presence;

    LiveMeetingStatus(LiveMeetingRepository live, LivePresence presence) {
        this.live = live;
        this.presence = presence;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public Map<Long, Room> rooms(Collection<Long> meetingIds) {
        Map<Long, Room> rooms = new HashMap<>();
        for (LiveMeetingEntity room : live.findAllById(meetingIds)) {
            Phase phase = room.phase();
            Room state = phase == Phase.CLOSED ? Room.CLOSED
                    : WORKING.contains(phase) || !presence.of(room.meetingId()).laptops().isEmpty() ? Room.ACTIVE : Room.IDLE;
            rooms.put(room.meetingId(), state);
        }
        return rooms;
    }
}
