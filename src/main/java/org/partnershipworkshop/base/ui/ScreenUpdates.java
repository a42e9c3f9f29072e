package org.partnershipworkshop.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * What one screen has to redraw because of changes elsewhere, pushed at most four times a second: the first
 * change is drawn at once, whatever arrives in the next 250 ms is drawn together after it. Keys say what
 * changed (a group, "the timer"); each is redrawn once however often it changed. Safe from any thread.
 */
public final class ScreenUpdates<K> {

    public static final Duration INTERVAL = Duration.ofMillis(250);
    private static final long INTERVAL_NANOS = INTERVAL.toNanos();
    private static final ScheduledExecutorService PUSHERS = pushers();

    private final UI ui;
    private final Consumer<Set<K>> redraw;
    private final Set<K> pending = new LinkedHashSet<>();
    private boolean scheduled;
    private long lastRedraw = System.nanoTime() - INTERVAL_NANOS;

    /** {@code redraw} runs with the screen's session locked, as {@link UI#access} runs it. */
    public ScreenUpdates(UI ui, Consumer<Set<K>> redraw) {
        this.ui = ui;
        this.redraw = redraw;
    }

    public void offer(K key) {
        synchronized (this) {
            pending.add(key);
            if (scheduled) {
                return;
            }
            scheduled = true;
            long wait = Math.max(0, lastRedraw + INTERVAL_NANOS - System.nanoTime());
            PUSHERS.schedule(this::push, wait, TimeUnit.NANOSECONDS);
        }
    }

    private void push() {
        Set<K> keys;
        synchronized (this) {
            keys = new LinkedHashSet<>(pending);
            pending.clear();
            scheduled = false;
            lastRedraw = System.nanoTime();
        }
        try {
            ui.access(() -> redraw.accept(keys));
        } catch (UIDetachedException closed) {
            // The screen was closed meanwhile; it unsubscribes on detach.
        }
    }

    private static ScheduledExecutorService pushers() {
        AtomicInteger count = new AtomicInteger();
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(4, runnable -> {
            Thread thread = new Thread(runnable, "screen-updates-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }
}
