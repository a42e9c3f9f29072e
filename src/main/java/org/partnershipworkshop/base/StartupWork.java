package org.partnershipworkshop.base;

import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Work an installation does once after it started, off the start path (the demo import), so the first page
 * does not wait for it: each piece runs on a thread of its own under a text key (vaadin-i18n) that says what
 * is being prepared, which screens show until it is done; {@code key + ".done"} says it is (decision 0089).
 */
@Component
public class StartupWork {

    private static final Logger log = LoggerFactory.getLogger(StartupWork.class);

    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private final Set<Consumer<String>> listeners = new CopyOnWriteArraySet<>();
    /** Pieces not yet through their listeners: awaitDone waits for these, so "done" means told too. */
    private int unfinished;

    /** Runs {@code work} in the background; {@code messageKey} (vaadin-i18n) says what is being prepared. */
    public void start(String messageKey, Runnable work) {
        running.add(messageKey);
        synchronized (running) {
            unfinished++;
        }
        Thread.ofVirtual().name("startup-" + messageKey).start(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                log.error("Start-up work {} failed", messageKey, e);
            } finally {
                running.remove(messageKey);
                listeners.forEach(listener -> listener.accept(messageKey));
                synchronized (running) {
                    unfinished--;
                    running.notifyAll();
                }
            }
        });
    }

    /** The text keys of what is still being prepared; empty once everything is done. */
    public Set<String> running() {
        return Set.copyOf(running);
    }

    /** Runs the listener (on the worker's thread) with the text key of each piece of work that finished. */
    public Registration onFinished(Consumer<String> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Waits until nothing is being prepared and every listener was told; false if that took longer than {@code timeout}. */
    public boolean awaitDone(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (running) {
            while (unfinished > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                running.wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }
}
