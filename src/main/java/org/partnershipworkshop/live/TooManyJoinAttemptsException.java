package org.partnershipworkshop.live;

import java.time.Duration;

/** Too many wrong join attempts from one client within a minute; it may try again after {@link #retryAfter()}. */
public class TooManyJoinAttemptsException extends RuntimeException {

    private final Duration retryAfter;

    public TooManyJoinAttemptsException(Duration retryAfter) {
        super("too many wrong join codes from this client; try again in " + Math.max(1, retryAfter.toSeconds()) + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, at least one, as a Retry-After header and a message say it. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
