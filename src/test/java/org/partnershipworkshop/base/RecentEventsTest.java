package org.partnershipworkshop.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecentEventsTest {

    static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void theClientWaitsUntilItsOldestEventLeavesTheWindow() {
        RecentEvents events = new RecentEvents(3, Duration.ofMinutes(1));
        events.add("a", T0);
        events.add("a", T0.plusSeconds(10));
        assertThat(events.wait("a", T0.plusSeconds(20))).isEmpty();
        events.add("a", T0.plusSeconds(20));
        assertThat(events.wait("a", T0.plusSeconds(30))).contains(Duration.ofSeconds(30));
        assertThat(events.wait("b", T0.plusSeconds(30))).as("other clients are not affected").isEmpty();
        assertThat(events.wait("a", T0.plusSeconds(60))).as("the first event has aged out").isEmpty();
    }

    @Test
    void aRefusedEventIsNotCounted() {
        RecentEvents events = new RecentEvents(2, Duration.ofMinutes(1));
        assertThat(events.addUnlessAtLimit(null, T0)).isEmpty();
        assertThat(events.addUnlessAtLimit(null, T0.plusSeconds(50))).isEmpty();
        for (int i = 0; i < 5; i++) {
            assertThat(events.addUnlessAtLimit(null, T0.plusSeconds(55))).contains(Duration.ofSeconds(5));
        }
        // had the refusals counted, the client would still be at the limit a minute after the first event
        assertThat(events.addUnlessAtLimit(null, T0.plusSeconds(61))).isEmpty();
        assertThat(events.addUnlessAtLimit(null, T0.plusSeconds(62))).contains(Duration.ofSeconds(48));
    }

    @Test
    void manyForgottenClientsAreSweptOut() {
        RecentEvents events = new RecentEvents(1, Duration.ofMinutes(1));
        for (int i = 0; i < 10_000; i++) {
            events.add("old-" + i, T0);
        }
        events.add("new", T0.plusSeconds(120));
        assertThat(events.wait("old-7", T0.plusSeconds(120))).isEmpty();
        assertThat(events.wait("new", T0.plusSeconds(121))).isPresent();
    }
}
