package org.partnershipworkshop.base;

import java.time.Duration;
import java.util.List;

/**
 * A named limit of {@link RateLimiter}: a token bucket with one or more bands, each "at most {@code capacity}
 * within {@code period}", refilled smoothly (one token every period/capacity). A key (an address, an account, a
 * device) that used up any band waits until that band gives it a token again.
 *
 * @param name names the limit in the store and the log, e.g. {@code signin.account}; unique per limit
 */
public record RateLimit(String name, List<Band> bands) {

    public RateLimit {
        if (name == null || !name.matches("[a-z][a-z0-9.-]{0,30}") || bands == null || bands.isEmpty()) {
            throw new IllegalArgumentException("a limit needs a short lower-case name and at least one band");
        }
        bands = List.copyOf(bands);
    }

    /** A limit of one band: at most {@code capacity} within {@code period}. */
    public static RateLimit of(String name, long capacity, Duration period) {
        return new RateLimit(name, List.of(new Band(capacity, period)));
    }

    /** This limit with one more band, e.g. a short burst and a longer ceiling. */
    public RateLimit and(long capacity, Duration period) {
        List<Band> more = new java.util.ArrayList<>(bands);
        more.add(new Band(capacity, period));
        return new RateLimit(name, more);
    }

    /** The first band's capacity: how many a key may use at once. */
    public long burst() {
        return bands.getFirst().capacity();
    }

    /** At most {@code capacity} within {@code period}. */
    public record Band(long capacity, Duration period) {
        public Band {
            if (capacity < 1 || period == null || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("a band needs a capacity ≥ 1 and a positive period");
            }
        }
    }
}
