package org.partnershipworkshop.dialogue;

import java.time.Duration;
import java.time.Instant;
import org.partnershipworkshop.base.RecentEvents;
import org.springframework.stereotype.Component;

/**
 * Submissions to the public feedback forms per client address, in memory: at most {@value #LIMIT} within any
 * minute (sent answers, good or bad, and wrong form codes), then refused until the oldest is a minute old.
 * Generous enough for a room of phones behind one venue router, tight enough that a script cannot bury a
 * meeting's answers (decision 0065).
 */
@Component
class SubmitThrottle {

    static final int LIMIT = 60;
    static final Duration WINDOW = Duration.ofMinutes(1);

    private final RecentEvents recent = new RecentEvents(LIMIT, WINDOW);

    /** Counts one attempt of the client, or refuses it (counting nothing) when the client used up the minute. */
    void attempt(String client, Instant now) {
        recent.addUnlessAtLimit(client, now).ifPresent(wait -> {
            throw new TooManySubmissionsException(wait);
        });
    }
}
