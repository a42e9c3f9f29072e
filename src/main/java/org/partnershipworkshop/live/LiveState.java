package org.partnershipworkshop.live;

/** How a meeting's room stands now: phase, countdown and voting settings (never the join code). */
public record LiveState(long meetingId, Phase phase, int votesPerTable, boolean resultsShown, Countdown countdown) {

    public static LiveState initial(long meetingId) {
        return new LiveState(meetingId, Phase.PRESENTATIONS, LiveMeetingEntity.DEFAULT_VOTES, false, Countdown.IDLE);
    }

    public boolean closed() {
        return phase == Phase.CLOSED;
    }
}
