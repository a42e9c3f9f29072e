package org.partnershipworkshop.base;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.caffeine.Bucket4jCaffeine;
import io.github.bucket4j.caffeine.CaffeineProxyManager;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one rate limiter of the application (decision 0163): token buckets of Bucket4j, atomic under concurrency,
 * kept per instance in a bounded Caffeine cache, or on the {@code postgres} profile in the database so that every
 * instance counts the same (see {@link RateLimitStore}). Buckets that have filled up again are pruned. Keys are
 * stored as SHA-256 hashes: no address or account name lands in the store.
 *
 * <p>A feature takes a token <em>before</em> the work it limits ({@link #take}), so a burst of parallel requests
 * can never all pass a check that each of them saw as free; it gives the token back when the work turned out not
 * to count (a right password, a right join code: {@link #giveBack}).
 */
public class RateLimiter {

    private final ProxyManager<String> buckets;
    private final Map<RateLimit, BucketConfiguration> configurations = new ConcurrentHashMap<>();
    private final Cache<String, ?> memory;

    public RateLimiter(ProxyManager<String> buckets) {
        this.buckets = buckets;
        this.memory = buckets instanceof CaffeineProxyManager<String> caffeine ? caffeine.getCache() : null;
    }

    /**
     * A limiter in this instance's memory on the given clock: a Caffeine cache of at most
     * {@value RateLimitStore#MAX_BUCKETS} buckets, each dropped {@value RateLimitStore#KEEP_SECONDS} s after it
     * filled up again.
     */
    public static RateLimiter inMemory(Clock clock) {
        Caffeine<Object, Object> cache = Caffeine.newBuilder().maximumSize(RateLimitStore.MAX_BUCKETS)
                .ticker(() -> clock.millis() * 1_000_000L);
        return new RateLimiter(Bucket4jCaffeine.<String>builderFor(cache)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofSeconds(RateLimitStore.KEEP_SECONDS)))
                .clientClock(RateLimitStore.wallClock(clock))
                .build());
    }

    /** One key of one limit, e.g. the address {@code 203.0.113.9} of {@code join.address}. */
    public record Use(RateLimit limit, String key) {
    }

    /** Whether the work may go on; when not, how long the key must wait before its next try. */
    public record Decision(boolean allowed, Duration retryAfter) {
        static final Decision ALLOWED = new Decision(true, Duration.ZERO);

        /** The wait in whole seconds, at least 1, for a {@code Retry-After} header or a message. */
        public long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }

    /** Takes one token of the limit for the key, or none when the key has none left. */
    public Decision take(RateLimit limit, String key) {
        return take(List.of(new Use(limit, key)));
    }

    /**
     * Takes one token from each use, all or none: when one of them has none left, the tokens already taken are
     * given back and the answer is the longest wait among those that refused.
     */
    public Decision take(List<Use> uses) {
        List<Use> taken = new ArrayList<>();
        long waitNanos = 0;
        for (Use use : uses) {
            ConsumptionProbe probe = bucket(use).tryConsumeAndReturnRemaining(1);
            if (probe.isConsumed()) {
                taken.add(use);
            } else {
                waitNanos = Math.max(waitNanos, probe.getNanosToWaitForRefill());
            }
        }
        if (waitNanos == 0 && taken.size() == uses.size()) {
            return Decision.ALLOWED;
        }
        taken.forEach(this::giveBack);
        return new Decision(false, Duration.ofNanos(Math.max(waitNanos, 1)));
    }

    /** Gives back a token taken for work that did not count (never more than the bucket holds). */
    public void giveBack(Use use) {
        bucket(use).addTokens(1);
    }

    public void giveBack(RateLimit limit, String key) {
        giveBack(new Use(limit, key));
    }

    /** Fills the key's bucket again, as if it had never been used. */
    public void reset(RateLimit limit, String key) {
        bucket(new Use(limit, key)).reset();
    }

    /** How many tokens the key has left now (for tests and the log). */
    public long available(RateLimit limit, String key) {
        return bucket(new Use(limit, key)).getAvailableTokens();
    }

    /** How many buckets this instance keeps in memory now, after dropping those that expired (-1: in the database). */
    public long bucketsInMemory() {
        if (memory == null) {
            return -1;
        }
        memory.cleanUp();
        return memory.estimatedSize();
    }

    private BucketProxy bucket(Use use) {
        BucketConfiguration configuration = configurations.computeIfAbsent(use.limit(), RateLimiter::configuration);
        return buckets.builder().build(storeKey(use), () -> configuration);
    }

    private static BucketConfiguration configuration(RateLimit limit) {
        var builder = BucketConfiguration.builder();
        for (RateLimit.Band band : limit.bands()) {
            builder.addLimit(b -> b.capacity(band.capacity()).refillGreedy(band.capacity(), band.period()));
        }
        return builder.build();
    }

    /** {@code <limit>:<sha-256 of the key>}: short, fixed length, and no personal data in the store. */
    static String storeKey(Use use) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((use.key() == null ? "" : use.key()).getBytes(StandardCharsets.UTF_8));
            return use.limit().name() + ":" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
