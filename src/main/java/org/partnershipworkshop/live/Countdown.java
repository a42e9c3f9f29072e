package org.partnershipworkshop.live;

import java.time.Duration;
import java.time.Instant;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;

/**
 * The facilitator's countdown: how long it was set to, and either when it ends (running) or how much is
 * left (paused). An idle countdown has no duration. Immutable; every change returns a new one.
 */
public record Countdown(Duration duration, Instant endsAt, Duration remaining) {

    public static final Countdown IDLE = new Countdown(null, null, null);
    public static final Duration LONGEST = Duration.ofHours(4);

    public Countdown {
        if (duration != null && (endsAt == null) == (remaining == null)) {
            throw new IllegalArgumentException("a set countdown is either running or paused");
        }
    }

    public static Countdown start(Duration duration, Instant now) {
        check(duration);
        return new Countdown(duration, now.plus(duration), null);
    }

    public boolean isIdle() {
        return duration == null;
    }

    public boolean isRunning() {
        return endsAt != null;
    }

    /** Time left at {@code now}; zero once it ran out, and for an idle countdown. */
    public Duration left(Instant now) {
        if (isIdle()) {
            return Duration.ZERO;
        }
        Duration left = isRunning() ? Duration.between(now, endsAt) : remaining;
        return left.isNegative() ? Duration.ZERO : left;
    }

    public Countdown pause(Instant now) {
        return isRunning() ? new Countdown(duration, null, left(now)) : this;
    }

    public Countdown resume(Instant now) {
        return !isIdle() && !isRunning() ? new Countdown(duration, now.plus(remaining), null) : this;
    }

    /** Adds time (a run-out countdown starts again with the extra time). */
    public Countdown extend(Duration extra, Instant now) {
        if (isIdle()) {
            return start(extra, now);
        }
        Duration left = left(now).plus(extra);
        check(left);
        Duration total = duration.plus(extra).compareTo(LONGEST) > 0 ? LONGEST : duration.plus(extra);
        return isRunning() ? new Countdown(total, now.plus(left), null) : new Countdown(total, null, left);
    }

    private static void check(Duration duration) {
        if (duration == null || duration.isNegative() || duration.isZero() || duration.compareTo(LONGEST) > 0) {
            throw new ValidationFailedException(Violation.of("timer", "live.error.timerRange", LONGEST.toHours()));
        }
    }
}
