package org.partnershipworkshop.live;

import java.time.Duration;
import org.partnershipworkshop.base.RateLimit;
import org.partnershipworkshop.base.RateLimiter;
import org.springframework.stereotype.Component;

/**
 * Wrong join codes per client on the application's {@link RateLimiter} (decision 0163): a client may try
 * {@value #LIMIT} codes at once, then one every six seconds ({@value #LIMIT} a minute). A try takes its token
 * <em>before</em> the code is looked at, so a burst of parallel wrong codes lets exactly {@value #LIMIT} through;
 * a right code gives its own token back (earlier failures stay counted, so guesses cannot be interleaved with a
 * good code). The /join page and {@code POST /api/join} count together.
 */
@Component
class JoinAttempts {

    static final int LIMIT = 10;
    static final RateLimit WRONG_CODES = RateLimit.of("joining.client", LIMIT, Duration.ofMinutes(1));

    private final RateLimiter limiter;

    JoinAttempts(RateLimiter limiter) {
        this.limiter = limiter;
    }

    /** Takes the client's token for one try, or throws with the wait when it has none left. */
    void begin(String client) {
        RateLimiter.Decision decision = limiter.take(WRONG_CODES, client);
        if (!decision.allowed()) {
            throw new TooManyJoinAttemptsException(decision.retryAfter());
        }
    }

    /** The code was right: the try does not count. */
    void succeeded(String client) {
        limiter.giveBack(WRONG_CODES, client);
    }
}
