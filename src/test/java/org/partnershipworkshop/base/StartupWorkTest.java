package org.partnershipworkshop.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

/** Start-up work runs in the background, is listed while it runs, and says when it is done, failed or not. */
class StartupWorkTest {

    private final StartupWork work = new StartupWork();
    private final StartupHealth health = new StartupHealth(work);

    @Test
    void workIsListedWhileItRunsAndHealthSaysUpOnlyAfterIt() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        List<String> finished = new CopyOnWriteArrayList<>();
        work.onFinished(finished::add);
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);

        work.start("startup.demo", () -> await(release));

        assertThat(work.running()).containsExactly("startup.demo");
        assertThat(health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(work.awaitDone(Duration.ofMillis(50))).isFalse();
        release.countDown();
        assertThat(work.awaitDone(Duration.ofSeconds(10))).isTrue();
        assertThat(work.running()).isEmpty();
        assertThat(finished).containsExactly("startup.demo");
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void failedWorkEndsTooAndTheInstallationRunsOn() throws InterruptedException {
        work.start("startup.demo", () -> {
            throw new IllegalStateException("the demo document is broken");
        });
        assertThat(work.awaitDone(Duration.ofSeconds(10))).isTrue();
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
