package org.partnershipworkshop.calendar;

import java.time.LocalDate;
import org.partnershipworkshop.live.RoomState;

/**
 * Where a meeting stands in the calendar. Closed: the facilitator closed its room, or its last day is past.
 * Running: its room is in use (tables working, results, voting, a table laptop connected), or today is one of
 * its days. Planned otherwise. A closed room wins over the dates; a room in use wins over a past end date
 * (the work is still going on).
 */
public enum MeetingStatus {
    PLANNED, RUNNING, CLOSED;

    public static MeetingStatus of(LocalDate start, LocalDate end, LocalDate today, RoomState room) {
        if (room == RoomState.CLOSED) {
            return CLOSED;
        }
        if (room == RoomState.ACTIVE || (!today.isBefore(start) && !today.isAfter(end))) {
            return RUNNING;
        }
        return today.isAfter(end) ? CLOSED : PLANNED;
    }

    public String labelKey() {
        return switch (this) {
            case PLANNED -> "calendar.status.planned";
            case RUNNING -> "calendar.status.running";
            case CLOSED -> "calendar.status.closed";
        };
    }
}
