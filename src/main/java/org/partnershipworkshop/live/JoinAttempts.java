package org.partnershipworkshop.live;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.partnershipworkshop.base.RecentEvents;
import org.springframework.stereotype.Component;

/**
 * Wrong join attempts per client (its IP address), in memory: after {@value #LIMIT} within a minute the
 * client is refused until the oldest of them is a minute old. The /join page and {@code POST /api/join}
 * count together. A success does not wipe earlier failures, so guesses cannot be interleaved with a good code.
 */
@Component
class JoinAttempts {

    static final int LIMIT = 10;
    static final Duration WINDOW = Duration.ofMinutes(1);

    private final RecentEvents failures = new RecentEvents(LIMIT, WINDOW);

    /** How long the client must still wait, or empty when it may try. */
    Optional<Duration> blocked(String client, Instant now) {
        return failures.wait(client, now);
    }

    void failed(String client, Instant now) {
        failures.add(client, now);
    }
}
