package org.partnershipworkshop.dialogue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    private static final int MAX_CLIENTS = 10_000;

    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    /** Counts one attempt of the client, or refuses it (counting nothing) when the client used up the minute. */
    void attempt(String client, Instant now) {
        if (recent.size() >= MAX_CLIENTS) {
            sweep(now);
        }
        Deque<Instant> times = recent.computeIfAbsent(client == null ? "unknown" : client, c -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            if (times.size() >= LIMIT) {
                throw new TooManySubmissionsException(Duration.between(now, times.peekFirst().plus(WINDOW)));
            }
            times.addLast(now);
        }
    }

    private void sweep(Instant now) {
        recent.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                prune(entry.getValue(), now);
                return entry.getValue().isEmpty();
            }
        });
    }

    private static void prune(Deque<Instant> times, Instant now) {
        Instant oldest = now.minus(WINDOW);
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
            times.removeFirst();
        }
    }
}
