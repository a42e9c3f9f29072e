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
 * What one screen has to redraw because of changes elsewhere, pushed at most four times in any second: a
 * change is drawn at once when the screen has been quiet, changes arriving meanwhile are drawn together, at
 * least 100 ms apart, and once four redraws fell within the last second the next waits until the oldest of
 * them is a second old. Keys say what changed (a group, "the timer"); each is redrawn once however often it
 * changed. Safe from any thread.
 */
public final class ScreenUpdates<K> {

    /** Redraws allowed within {@link #WINDOW}. */
    public static final int PER_WINDOW = 4;
    public static final Duration WINDOW = Duration.ofSeconds(1);
    /** Between two redraws at least this long, so a burst of saves is drawn in a few batches, not one by one. */
    public static final Duration SPACING = Duration.ofMillis(100);
    private static final ScheduledExecutorService PUSHERS = pushers();

    /** The clock and the delayed run a screen's updates use: the machine's, or a test's virtual one. */
    interface Timer {
        long nanoTime();

        void schedule(Runnable task, long delayNanos);

        Timer SYSTEM = new Timer() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void schedule(Runnable task, long delayNanos) {
                PUSHERS.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
            }
        };
    }

    private final Timer timer;
    private final Consumer<Runnable> access;
    private final Consumer<Set<K>> redraw;
    private final Set<K> pending = new LinkedHashSet<>();
    /** Start times (the timer's nanoTime) of the last redraws, oldest first, at most PER_WINDOW. */
    private final long[] recent = new long[PER_WINDOW];
    private int count;
    private boolean scheduled;

    /**
     * {@code redraw} runs with the screen's session locked, as {@link UI#access} runs it — and only while the
     * screen's session can still act ({@link LiveSessions}). A redraw the services refuse for want of a sign-in
     * (a seat ended, a session signed out) ends quietly in the session's error handler ({@link ErrorHandling}).
     */
    public ScreenUpdates(UI ui, Consumer<Set<K>> redraw) {
        this(command -> ui.access(() -> {
            if (LiveSessions.canPush(ui)) {
                command.run();
            }
        }), redraw);
    }

    /** {@code access} runs a command the way the screen needs it run (for a UI: with its session locked). */
    ScreenUpdates(Consumer<Runnable> access, Consumer<Set<K>> redraw) {
        this(Timer.SYSTEM, access, redraw);
    }

    ScreenUpdates(Timer timer, Consumer<Runnable> access, Consumer<Set<K>> redraw) {
        this.timer = timer;
        this.access = access;
        this.redraw = redraw;
    }

    public void offer(K key) {
        synchronized (this) {
            pending.add(key);
            if (scheduled) {
                return;
            }
            scheduled = true;
            timer.schedule(this::push, Math.max(0, earliest() - timer.nanoTime()));
        }
    }

    private void push() {
        Set<K> keys;
        synchronized (this) {
            keys = new LinkedHashSet<>(pending);
            pending.clear();
            scheduled = false;
            remember(timer.nanoTime());
        }
        try {
            access.accept(() -> redraw.accept(keys));
        } catch (UIDetachedException closed) {
            // The screen was closed meanwhile; it unsubscribes on detach.
        }
    }

    /** When the next redraw may start: SPACING after the last, WINDOW after the PER_WINDOW-th last. */
    private long earliest() {
        if (count == 0) {
            return timer.nanoTime();
        }
        long next = recent[count - 1] + SPACING.toNanos();
        if (count == PER_WINDOW) {
            next = Math.max(next, recent[0] + WINDOW.toNanos());
        }
        return next;
    }

    private void remember(long now) {
        if (count == PER_WINDOW) {
            System.arraycopy(recent, 1, recent, 0, PER_WINDOW - 1);
            count--;
        }
        recent[count++] = now;
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
