package org.partnershipworkshop.meeting;

import java.util.Collection;
import java.util.Map;

/**
 * How the meetings' rooms stand, for the calendar's status. The live facilitation feature implements it;
 * without it, the status follows the dates alone.
 */
public interface MeetingStatusSource {

    /** A meeting's room: never used or resting between phases, in use, or closed by the facilitator. */
    enum Room { IDLE, ACTIVE, CLOSED }

    /** The rooms of these meetings; a meeting missing from the answer is {@link Room#IDLE}. */
    Map<Long, Room> rooms(Collection<Long> meetingIds);
}
