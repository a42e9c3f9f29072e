package org.partnershipworkshop.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The push budget of one screen: changes coalesce, never more than four redraws in any second. */
class ScreenUpdatesTest {

    @Test
    void aLoneChangeIsDrawnWithItsKey() throws InterruptedException {
        CountDownLatch drawn = new CountDownLatch(1);
        Set<String> keys = new HashSet<>();
        ScreenUpdates<String> updates = new ScreenUpdates<>(Runnable::run, changed -> {
            keys.addAll(changed);
            drawn.countDown();
        });
        updates.offer("group-1");
        updates.offer("group-1");
        assertThat(drawn.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(keys).containsExactly("group-1");
    }

    @Test
    void aStreamOfChangesIsDrawnAtMostFourTimesASecondAndNothingIsLost() throws InterruptedException {
        List<Long> redraws = new ArrayList<>();
        Set<Integer> drawnKeys = new HashSet<>();
        ScreenUpdates<Integer> updates = new ScreenUpdates<>(Runnable::run, keys -> {
            synchronized (redraws) {
                redraws.add(System.nanoTime());
                drawnKeys.addAll(keys);
            }
        });
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(2500);
        int offered = 0;
        while (System.nanoTime() < end) {
            updates.offer(offered++);
            Thread.sleep(5);
        }
        Thread.sleep(1200);
        synchronized (redraws) {
            for (int i = ScreenUpdates.PER_WINDOW; i < redraws.size(); i++) {
                assertThat(redraws.get(i) - redraws.get(i - ScreenUpdates.PER_WINDOW))
                        .as("five redraws within a second").isGreaterThanOrEqualTo(ScreenUpdates.WINDOW.toNanos());
            }
            for (int i = 1; i < redraws.size(); i++) {
                assertThat(redraws.get(i) - redraws.get(i - 1)).isGreaterThanOrEqualTo(ScreenUpdates.SPACING.toNanos());
            }
            assertThat(redraws.size()).as("changes kept coming for 2.5 s").isBetween(3, 4 * 4);
            assertThat(drawnKeys).hasSize(offered);
        }
    }
}
