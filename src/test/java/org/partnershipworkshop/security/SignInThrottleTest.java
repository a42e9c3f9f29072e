package org.partnershipworkshop.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.base.RateLimiter;
import org.partnershipworkshop.support.Burst;
import org.partnershipworkshop.support.TestClock;

/** Issue 13, findings 7 and 8: sign-in limits per account and per address, atomic, never locking out a known address. */
class SignInThrottleTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-12-03T09:00:00Z"));
    private final Map<String, Instant> knownPairs = new ConcurrentHashMap<>();
    private final KnownAddresses known = new KnownAddresses(null, Optional.of(clock)) {
        @Override
        public Optional<Instant> lastSuccess(String account, String address) {
            return Optional.ofNullable(knownPairs.get(account + "@" + address));
        }

        @Override
        public void remember(String account, String address, Instant knownSince) {
            knownPairs.put(account + "@" + address, clock.instant());
        }
    };
    private final SignInThrottle throttle = new SignInThrottle(RateLimiter.inMemory(clock), known);

    /** A wrong password: the attempt is begun and never succeeds. */
    private boolean wrong(String user, String address) {
        try {
            throttle.begin(user, address);
            return true;
        } catch (SignInThrottledException e) {
            return false;
        }
    }

    private void right(String user, String address) {
        throttle.succeeded(throttle.begin(user, address));
    }

    @Test
    void aFewMistakesCostNothingThenOneTryEveryThirtySeconds() {
        for (int i = 0; i < SignInThrottle.PAIR_BURST; i++) {
            assertThat(wrong("maria", "10.0.0.5")).isTrue();
        }
        assertThatThrownBy(() -> throttle.begin("MARIA", "10.0.0.5")).isInstanceOfSatisfying(SignInThrottledException.class,
                e -> assertThat(e.retryAfter()).isBetween(Duration.ofSeconds(29), Duration.ofSeconds(30)));
        clock.advance(Duration.ofSeconds(30));
        assertThat(wrong("maria", "10.0.0.5")).isTrue();
        assertThat(wrong("maria", "10.0.0.5")).isFalse();
    }

    @Test
    void thirtyParallelWrongPasswordsAreNotAllChecked() throws Exception {
        Map<Boolean, Integer> outcomes = Burst.of(30, 10, () -> wrong("admin", "198.51.100.7"));
        assertThat(outcomes).containsEntry(true, SignInThrottle.PAIR_BURST);
    }

    @Test
    void aRightPasswordClearsTheMistakes() {
        for (int i = 0; i < SignInThrottle.PAIR_BURST - 1; i++) {
            wrong("maria", "10.0.0.5");
        }
        right("maria", "10.0.0.5");
        for (int i = 0; i < SignInThrottle.PAIR_BURST; i++) {
            assertThat(wrong("maria", "10.0.0.5")).isTrue();
        }
    }

    @Test
    void madeUpNamesFromOneAddressHoldBackThatAddressButNotAnAccountThatSignedInThereBefore() {
        right("admin", "192.0.2.1"); // the venue's router: the admin signed in through it before
        for (int i = 0; i < SignInThrottle.ADDRESS_BURST; i++) {
            assertThat(wrong("made-up-" + i, "192.0.2.1")).isTrue();
        }
        assertThat(wrong("someone-new", "192.0.2.1")).as("an unknown account at that address").isFalse();
        right("admin", "192.0.2.1");
        assertThat(wrong("someone-new", "10.0.0.5")).as("another address").isTrue();
    }

    @Test
    void guessingOneAccountFromManyAddressesNeverLocksItsOwnerOutAtAKnownAddress() {
        right("maria", "10.0.0.5");
        int passed = 0;
        for (int i = 0; i < 200; i++) {
            passed += wrong("maria", "203.0.113." + i) ? 1 : 0;
        }
        assertThat(passed).isEqualTo(SignInThrottle.ACCOUNT_HOURLY);
        right("maria", "10.0.0.5");
        assertThat(wrong("other", "203.0.113.250")).as("other accounts from a fresh address").isTrue();
    }

    @Test
    void everyWaitEnds() {
        for (int i = 0; i < 100; i++) {
            wrong("maria", "203.0.113.9");
        }
        clock.advance(Duration.ofHours(1));
        assertThat(wrong("maria", "203.0.113.9")).isTrue();
    }
}
