package org.partnershipworkshop.live;

/** Something changed in a meeting's room; screens listening to the meeting re-read what the kind names. */
public record LiveEvent(long meetingId, Kind kind) {

    public enum Kind {
        /** Phase, countdown or voting settings. */
        STATE,
        /** A table's dots. */
        VOTES,
        /** A table laptop connected or left. */
        PRESENCE,
        /** The meeting was closed: every table's seat has ended. */
        CLOSED,
        /** The meeting's facts or work groups were edited: a group added, renamed or removed. */
        MEETING
    }
}
