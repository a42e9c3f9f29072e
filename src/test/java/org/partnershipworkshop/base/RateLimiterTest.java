package org.partnershipworkshop.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.support.Burst;
import org.partnershipworkshop.support.TestClock;

/** Issue 13, finding 7: one real limiter, atomic under concurrency, its buckets pruned. */
class RateLimiterTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-12-03T09:00:00Z"));
    private final RateLimiter limiter = RateLimiter.inMemory(clock);
    private final RateLimit tenAMinute = RateLimit.of("test.ten", 10, Duration.ofMinutes(1));

    @Test
    void aBurstOfAHundredParallelTriesLetsExactlyTheLimitThrough() throws Exception {
        Map<Boolean, Integer> outcomes = Burst.of(100, 16, () -> limiter.take(tenAMinute, "203.0.113.9").allowed());
        assertThat(outcomes).containsEntry(true, 10).containsEntry(false, 90);
    }

    @Test
    void aRefusedKeyLearnsHowLongToWaitAndTokensComeBackSmoothly() {
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.take(tenAMinute, "a").allowed()).isTrue();
        }
        RateLimiter.Decision refused = limiter.take(tenAMinute, "a");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(6);
        assertThat(limiter.take(tenAMinute, "b").allowed()).as("another key").isTrue();
        clock.advance(Duration.ofSeconds(6));
        assertThat(limiter.take(tenAMinute, "a").allowed()).isTrue();
        assertThat(limiter.take(tenAMinute, "a").allowed()).isFalse();
    }

    @Test
    void severalLimitsAreTakenAllOrNone() {
        RateLimit one = RateLimit.of("test.one", 1, Duration.ofMinutes(1));
        assertThat(limiter.take(one, "x").allowed()).isTrue();
        RateLimiter.Decision both = limiter.take(List.of(new RateLimiter.Use(tenAMinute, "x"), new RateLimiter.Use(one, "x")));
        assertThat(both.allowed()).isFalse();
        assertThat(limiter.available(tenAMinute, "x")).as("nothing kept from a refused pair").isEqualTo(10);
    }

    @Test
    void aGivenBackTokenAndAResetRestoreTheBucket() {
        limiter.take(tenAMinute, "x");
        limiter.giveBack(tenAMinute, "x");
        assertThat(limiter.available(tenAMinute, "x")).isEqualTo(10);
        limiter.take(tenAMinute, "x");
        limiter.take(tenAMinute, "x");
        limiter.reset(tenAMinute, "x");
        assertThat(limiter.available(tenAMinute, "x")).isEqualTo(10);
    }

    @Test
    void bucketsThatFilledUpAgainArePruned() {
        for (int i = 0; i < 1_000; i++) {
            limiter.take(tenAMinute, "10.0." + (i / 250) + "." + (i % 250));
        }
        assertThat(limiter.bucketsInMemory()).isEqualTo(1_000);
        clock.advance(Duration.ofMinutes(1).plusSeconds(RateLimitStore.KEEP_SECONDS + 1));
        assertThat(limiter.bucketsInMemory()).isZero();
    }

    @Test
    void keysAreStoredAsHashesNotAsAddressesOrNames() {
        String key = RateLimiter.storeKey(new RateLimiter.Use(tenAMinute, "maria@203.0.113.9"));
        assertThat(key).startsWith("test.ten:").doesNotContain("maria").doesNotContain("203.0").hasSize(9 + 64);
    }
}
