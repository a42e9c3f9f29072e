package org.partnershipworkshop.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The push budget of one screen: changes coalesce, never more than four redraws in any second. On a virtual
 * clock, so the schedule is checked to the millisecond and a busy machine cannot make the test fail.
 */
class ScreenUpdatesTest {

    private final VirtualTimer timer = new VirtualTimer();
    private final List<Long> redrawsAt = new ArrayList<>();
    private final List<Set<String>> redrawn = new ArrayList<>();
    private final ScreenUpdates<String> updates = new ScreenUpdates<>(timer, Runnable::run, keys -> {
        redrawsAt.add(timer.millis());
        redrawn.add(keys);
    });

    @Test
    void aLoneChangeIsDrawnAtOnceWithItsKeyOnce() {
        updates.offer("group-1");
        updates.offer("group-1");
        timer.advance(Duration.ZERO);

        assertThat(redrawsAt).containsExactly(0L);
        assertThat(redrawn).containsExactly(Set.of("group-1"));
    }

    @Test
    void aStreamOfChangesIsDrawnAtMostFourTimesASecondAtLeast100MsApartAndNothingIsLost() {
        Set<String> offered = new HashSet<>();
        for (int ms = 0; ms < 2500; ms += 5) {
            updates.offer("change-" + ms);
            offered.add("change-" + ms);
            timer.advance(Duration.ofMillis(5));
        }
        timer.advance(Duration.ofMillis(1200));

        // Four redraws 100 ms apart, then the fifth waits until the first is a second old; the changes of
        // the last 200 ms come with the redraw at 3 s.
        assertThat(redrawsAt).containsExactly(0L, 100L, 200L, 300L, 1000L, 1100L, 1200L, 1300L,
                2000L, 2100L, 2200L, 2300L, 3000L);
        Set<String> drawn = new HashSet<>();
        redrawn.forEach(drawn::addAll);
        assertThat(drawn).isEqualTo(offered);
        assertThat(redrawn.get(4)).as("the 140 changes of 300–995 ms, drawn together").hasSize(140);
    }

    @Test
    void afterAQuietSpellAChangeIsDrawnAtOnceAgain() {
        for (int i = 0; i < 5; i++) {
            updates.offer("burst-" + i);
            timer.advance(Duration.ofMillis(100));
        }
        assertThat(redrawsAt).containsExactly(0L, 100L, 200L, 300L);
        timer.advance(Duration.ofMillis(700));
        assertThat(redrawsAt).endsWith(1000L);

        timer.advance(Duration.ofMillis(1500));
        updates.offer("later");
        timer.advance(Duration.ZERO);
        assertThat(redrawsAt).endsWith(1000L, 2700L);
        assertThat(redrawn.getLast()).containsExactly("later");
    }

    /** Time that moves only when the test says so; what falls due meanwhile runs in order, on the test's thread. */
    private static final class VirtualTimer implements ScreenUpdates.Timer {

        private record Task(long at, long order, Runnable run) {
        }

        private final PriorityQueue<Task> tasks = new PriorityQueue<>((a, b) -> a.at() != b.at()
                ? Long.compare(a.at(), b.at()) : Long.compare(a.order(), b.order()));
        private long now;
        private long scheduled;

        @Override
        public long nanoTime() {
            return now;
        }

        @Override
        public void schedule(Runnable task, long delayNanos) {
            tasks.add(new Task(now + delayNanos, scheduled++, task));
        }

        long millis() {
            return Duration.ofNanos(now).toMillis();
        }

        void advance(Duration duration) {
            long until = now + duration.toNanos();
            while (!tasks.isEmpty() && tasks.peek().at() <= until) {
                Task task = tasks.poll();
                now = task.at();
                task.run().run();
            }
            now = until;
        }
    }
}
