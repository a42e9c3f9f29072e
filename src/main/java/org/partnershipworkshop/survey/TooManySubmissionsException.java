package org.partnershipworkshop.survey;

import java.time.Duration;

/** Too many submissions from one client address within a minute; it may send again after {@link #retryAfter()}. */
public class TooManySubmissionsException extends RuntimeException {

    private final Duration retryAfter;

    public TooManySubmissionsException(Duration retryAfter) {
        super("too many submissions from this address; try again in " + seconds(retryAfter) + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, at least one. */
    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
