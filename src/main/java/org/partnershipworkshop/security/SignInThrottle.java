package org.partnershipworkshop.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting anyone lock an account for good. Failures count per
 * user name *and* client address: after {@value #FREE_FAILURES} in a row that pair waits 30 s, doubling
 * with each further failure up to 15 min; a success clears it. One address failing on many names waits
 * too ({@value #ADDRESS_FAILURES} failures within 10 min → 5 min). A user signing in from elsewhere is
 * never affected, and every wait ends.
 */
@Component
public class SignInThrottle {

    static final int FREE_FAILURES = 5;
    static final int ADDRESS_FAILURES = 50;
    private static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    private static final Duration ADDRESS_WINDOW = Duration.ofMinutes(10);
    private static final Duration ADDRESS_WAIT = Duration.ofMinutes(5);

    private record Failures(int count, Instant last, Instant blockedUntil) {
    }

    private final Map<String, Failures> pairs = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();
    private final Clock clock;

    public SignInThrottle(Optional<Clock> clock) {
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** How long this user name from this address must still wait, if at all. */
    public Optional<Duration> waitFor(String username, String address) {
        Instant now = clock.instant();
        Instant until = later(blockedUntil(pairs.get(pair(username, address))), blockedUntil(addresses.get(address(address))));
        return until != null && until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        pairs.compute(pair(username, address), (k, f) -> {
            int count = f == null ? 1 : f.count() + 1;
            Instant blocked = null;
            if (count >= FREE_FAILURES) {
                long factor = 1L << Math.min(20, count - FREE_FAILURES);
                Duration wait = FIRST_WAIT.multipliedBy(factor);
                blocked = now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
            }
            return new Failures(count, now, blocked);
        });
        addresses.compute(address(address), (k, f) -> {
            boolean fresh = f == null || f.last().isBefore(now.minus(ADDRESS_WINDOW));
            int count = fresh ? 1 : f.count() + 1;
            return new Failures(count, now, count >= ADDRESS_FAILURES ? now.plus(ADDRESS_WAIT) : null);
        });
    }

    public void succeeded(String username, String address) {
        pairs.remove(pair(username, address));
    }

    private static Instant blockedUntil(Failures f) {
        return f == null ? null : f.blockedUntil();
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private static String pair(String username, String address) {
        return (username == null ? "" : username.toLowerCase(Locale.ROOT)) + "@" + address(address);
    }

    private static String address(String address) {
        return address == null ? "unknown" : address;
    }
}
