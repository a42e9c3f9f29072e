package org.partnershipworkshop.survey;

import java.time.Duration;
import org.partnershipworkshop.base.RateLimit;
import org.partnershipworkshop.base.RateLimiter;
import org.springframework.stereotype.Component;

/**
 * Submissions to the public forms (meeting feedback, reader surveys: one budget) per client address (sent answers, good or bad, and wrong form codes),
 * on the application's {@link RateLimiter}: {@value #LIMIT} at once, then one a second ({@value #LIMIT} a minute).
 * Generous enough for a room of phones behind one venue router, tight enough that a script cannot bury a meeting's
 * answers (decision 0065); atomic, so parallel requests cannot all pass together (decision 0163).
 */
@Component
public class AnswerThrottle {

    public static final int LIMIT = 60;
    public static final RateLimit SUBMISSIONS = RateLimit.of("answering.client", LIMIT, Duration.ofMinutes(1));

    private final RateLimiter limiter;

    public AnswerThrottle(RateLimiter limiter) {
        this.limiter = limiter;
    }

    /** Counts one attempt of the client, or refuses it (counting nothing) when the client has used its tokens. */
    public void attempt(String client) {
        RateLimiter.Decision decision = limiter.take(SUBMISSIONS, client);
        if (!decision.allowed()) {
            throw new TooManySubmissionsException(decision.retryAfter());
        }
    }
}
