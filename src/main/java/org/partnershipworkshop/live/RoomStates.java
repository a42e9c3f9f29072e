package org.partnershipworkshop.live;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * How each meeting's room stands, for the calendar ({@link RoomService#rooms}). In use: tables at work, results, voting, or a table
 * laptop connected. The presentations phase alone is not "in use": a room gets that phase as soon as a
 * facilitator opens the meeting's page, long before the meeting.
 */
@Service
class RoomStates {

    private static final Set<Phase> WORKING = Set.of(Phase.GROUP_WORK, Phase.RESULTS, Phase.VOTING);

    private final LiveMeetingRepository live;
    private final LivePresence presence;

    RoomStates(LiveMeetingRepository live, LivePresence presence) {
        this.live = live;
        this.presence = presence;
    }

    Map<Long, RoomState> of(Collection<Long> meetingIds) {
        Map<Long, RoomState> rooms = new HashMap<>();
        for (LiveMeetingEntity room : live.findAllById(meetingIds)) {
            Phase phase = room.phase();
            RoomState state = phase == Phase.CLOSED ? RoomState.CLOSED
                    : WORKING.contains(phase) || !presence.of(room.meetingId()).laptops().isEmpty() ? RoomState.ACTIVE : RoomState.IDLE;
            rooms.put(room.meetingId(), state);
        }
        return rooms;
    }
}
