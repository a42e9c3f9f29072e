package org.partnershipworkshop.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.base.ValidationFailedException;

class CountdownTest {

    private static final Instant T0 = Instant.parse("2026-05-14T09:00:00Z");

    @Test
    void runsDownPausesAndResumes() {
        Countdown running = Countdown.start(Duration.ofMinutes(10), T0);
        assertThat(running.isRunning()).isTrue();
        assertThat(running.left(T0.plusSeconds(90))).isEqualTo(Duration.ofSeconds(510));

        Countdown paused = running.pause(T0.plusSeconds(90));
        assertThat(paused.isRunning()).isFalse();
        assertThat(paused.left(T0.plusSeconds(900))).isEqualTo(Duration.ofSeconds(510));

        Countdown resumed = paused.resume(T0.plusSeconds(600));
        assertThat(resumed.left(T0.plusSeconds(610))).isEqualTo(Duration.ofSeconds(500));
        assertThat(resumed.left(T0.plusSeconds(5000))).isEqualTo(Duration.ZERO);
    }

    @Test
    void extendingAddsTimeAndRestartsARunOutCountdown() {
        Countdown running = Countdown.start(Duration.ofMinutes(5), T0);
        Countdown longer = running.extend(Duration.ofMinutes(1), T0.plusSeconds(60));
        assertThat(longer.left(T0.plusSeconds(60))).isEqualTo(Duration.ofMinutes(5));
        assertThat(longer.duration()).isEqualTo(Duration.ofMinutes(6));

        Countdown ranOut = running.extend(Duration.ofMinutes(2), T0.plusSeconds(900));
        assertThat(ranOut.left(T0.plusSeconds(900))).isEqualTo(Duration.ofMinutes(2));

        Countdown pausedLonger = running.pause(T0.plusSeconds(60)).extend(Duration.ofMinutes(1), T0.plusSeconds(120));
        assertThat(pausedLonger.isRunning()).isFalse();
        assertThat(pausedLonger.left(T0.plusSeconds(999))).isEqualTo(Duration.ofMinutes(5));

        assertThat(Countdown.IDLE.extend(Duration.ofMinutes(3), T0).left(T0)).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void refusesNothingNegativeOrMoreThanFourHours() {
        assertThatThrownBy(() -> Countdown.start(Duration.ZERO, T0)).isInstanceOf(ValidationFailedException.class);
        assertThatThrownBy(() -> Countdown.start(Duration.ofMinutes(-1), T0)).isInstanceOf(ValidationFailedException.class);
        assertThatThrownBy(() -> Countdown.start(Duration.ofHours(5), T0)).isInstanceOf(ValidationFailedException.class);
        assertThatThrownBy(() -> Countdown.start(Duration.ofHours(4), T0).extend(Duration.ofMinutes(1), T0))
                .isInstanceOf(ValidationFailedException.class);
        assertThat(Countdown.IDLE.left(T0)).isEqualTo(Duration.ZERO);
        assertThat(Countdown.IDLE.pause(T0)).isEqualTo(Countdown.IDLE);
        assertThat(Countdown.IDLE.resume(T0)).isEqualTo(Countdown.IDLE);
    }
}
