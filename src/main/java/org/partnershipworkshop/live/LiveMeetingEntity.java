package org.partnershipworkshop.live;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A meeting as the room runs it: join code, phase, countdown and voting settings. */
@Entity
@Table(name = "live_meeting")
class LiveMeetingEntity {

    static final int DEFAULT_VOTES = 3;

    @Id
    @Column(name = "meeting_id")
    private Long meetingId;

    @Column(name = "join_code", nullable = false, unique = true)
    private String joinCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Phase phase;

    @Column(name = "votes_per_table", nullable = false)
    private int votesPerTable;

    @Column(name = "results_shown", nullable = false)
    private boolean resultsShown;

    @Column(name = "timer_duration_ms")
    private Long timerDurationMs;

    @Column(name = "timer_ends_at")
    private Instant timerEndsAt;

    @Column(name = "timer_remaining_ms")
    private Long timerRemainingMs;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected LiveMeetingEntity() {
    }

    LiveMeetingEntity(long meetingId, JoinCode code, Instant now) {
        this.meetingId = meetingId;
        this.joinCode = code.value();
        this.phase = Phase.PRESENTATIONS;
        this.votesPerTable = DEFAULT_VOTES;
        this.updatedAt = now;
    }

    long meetingId() {
        return meetingId;
    }

    JoinCode code() {
        return new JoinCode(joinCode);
    }

    void setCode(JoinCode code, Instant now) {
        joinCode = code.value();
        updatedAt = now;
    }

    Phase phase() {
        return phase;
    }

    void setPhase(Phase phase, Instant now) {
        this.phase = phase;
        updatedAt = now;
    }

    int votesPerTable() {
        return votesPerTable;
    }

    void setVotesPerTable(int votes, Instant now) {
        votesPerTable = votes;
        updatedAt = now;
    }

    boolean resultsShown() {
        return resultsShown;
    }

    void setResultsShown(boolean shown, Instant now) {
        resultsShown = shown;
        updatedAt = now;
    }

    Countdown countdown() {
        if (timerDurationMs == null) {
            return Countdown.IDLE;
        }
        return new Countdown(Duration.ofMillis(timerDurationMs), timerEndsAt,
                timerRemainingMs == null ? null : Duration.ofMillis(timerRemainingMs));
    }

    void setCountdown(Countdown countdown, Instant now) {
        timerDurationMs = countdown.duration() == null ? null : countdown.duration().toMillis();
        timerEndsAt = countdown.endsAt();
        timerRemainingMs = countdown.remaining() == null ? null : countdown.remaining().toMillis();
        updatedAt = now;
    }

    LiveState toState() {
        return new LiveState(meetingId, phase, votesPerTable, resultsShown, countdown());
    }
}
