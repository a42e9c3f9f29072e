package org.partnershipworkshop.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private Instant now = Instant.parse("2026-05-17T09:00:00Z");
    private final SignInThrottle throttle = new SignInThrottle(Optional.of(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }));

    private void fail(String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(user, address);
        }
    }

    @Test
    void aFewMistakesCostNothing() {
        fail("maria", "10.0.0.5", SignInThrottle.FREE_FAILURES - 1);
        assertThat(throttle.waitFor("maria", "10.0.0.5")).isEmpty();
    }

    @Test
    void repeatedFailuresWaitLongerAndLongerButNotForever() {
        fail("maria", "10.0.0.5", SignInThrottle.FREE_FAILURES);
        assertThat(throttle.waitFor("maria", "10.0.0.5")).contains(Duration.ofSeconds(30));
        fail("maria", "10.0.0.5", 1);
        assertThat(throttle.waitFor("MARIA", "10.0.0.5")).contains(Duration.ofSeconds(60));
        fail("maria", "10.0.0.5", 30);
        assertThat(throttle.waitFor("maria", "10.0.0.5")).contains(Duration.ofMinutes(15));
        now = now.plus(Duration.ofMinutes(15)).plusSeconds(1);
        assertThat(throttle.waitFor("maria", "10.0.0.5")).isEmpty();
    }

    @Test
    void anAttackerElsewhereCannotLockTheRealUserOut() {
        fail("maria", "203.0.113.9", 40);
        assertThat(throttle.waitFor("maria", "203.0.113.9")).isPresent();
        assertThat(throttle.waitFor("maria", "10.0.0.5")).isEmpty();
    }

    @Test
    void aSuccessClearsTheFailures() {
        fail("maria", "10.0.0.5", SignInThrottle.FREE_FAILURES - 1);
        throttle.succeeded("maria", "10.0.0.5");
        fail("maria", "10.0.0.5", SignInThrottle.FREE_FAILURES - 1);
        assertThat(throttle.waitFor("maria", "10.0.0.5")).isEmpty();
    }

    @Test
    void oneAddressGuessingManyNamesWaitsToo() {
        for (int i = 0; i < SignInThrottle.ADDRESS_FAILURES; i++) {
            throttle.failed("user" + i, "198.51.100.7");
        }
        assertThat(throttle.waitFor("someone-new", "198.51.100.7")).contains(Duration.ofMinutes(5));
        assertThat(throttle.waitFor("someone-new", "10.0.0.5")).isEmpty();
    }
}
