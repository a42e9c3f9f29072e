package org.partnershipworkshop.base;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Events per client within a sliding window, in memory: the counting behind the per-client limits (wrong join
 * codes, feedback submissions). Clients whose events have all aged out are swept once many are tracked, so
 * a flood of addresses cannot grow it without bound.
 */
public final class RecentEvents {

    private static final int MAX_CLIENTS = 10_000;

    private final int limit;
    private final Duration window;
    private final Map<String, Deque<Instant>> events = new ConcurrentHashMap<>();

    public RecentEvents(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    /** How long the client must wait until it is below the limit again, or empty when it is below it now. */
    public Optional<Duration> wait(String client, Instant now) {
        Deque<Instant> times = events.get(key(client));
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            prune(times, now);
            return waitFor(times, now);
        }
    }

    /** Counts an event of the client. */
    public void add(String client, Instant now) {
        Deque<Instant> times = times(client, now);
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    /** Counts an event unless the client is at the limit; then counts nothing and tells how long to wait. */
    public Optional<Duration> addUnlessAtLimit(String client, Instant now) {
        Deque<Instant> times = times(client, now);
        synchronized (times) {
            prune(times, now);
            Optional<Duration> wait = waitFor(times, now);
            if (wait.isEmpty()) {
                times.addLast(now);
            }
            return wait;
        }
    }

    private Optional<Duration> waitFor(Deque<Instant> times, Instant now) {
        return times.size() < limit ? Optional.empty() : Optional.of(Duration.between(now, times.peekFirst().plus(window)));
    }

    private Deque<Instant> times(String client, Instant now) {
        if (events.size() >= MAX_CLIENTS) {
            events.entrySet().removeIf(entry -> {
                synchronized (entry.getValue()) {
                    prune(entry.getValue(), now);
                    return entry.getValue().isEmpty();
                }
            });
        }
        return events.computeIfAbsent(key(client), c -> new ArrayDeque<>());
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant oldest = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
            times.removeFirst();
        }
    }

    private static String key(String client) {
        return client == null ? "unknown" : client;
    }
}
