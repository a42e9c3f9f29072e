package org.partnershipworkshop.base;

import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands events about one thing (a group, a meeting: the key) to whoever listens to it, on a thread of its
 * own so the saving request does not wait for screens to redraw. Listeners are screens: they must remove
 * their registration when they close, or the screen stays in memory ({@link #listenerCount()} shows it).
 */
public final class Broadcaster<E> implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Broadcaster.class);

    private final Map<Long, Set<Consumer<? super E>>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService dispatch;

    public Broadcaster(String name) {
        dispatch = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    public Registration subscribe(long key, Consumer<? super E> listener) {
        listeners.computeIfAbsent(key, k -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.computeIfPresent(key, (k, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    /** Delivers the event to the key's listeners, in publishing order, one failing listener not stopping the rest. */
    public void publish(long key, E event) {
        Set<Consumer<? super E>> targets = listeners.get(key);
        if (targets == null || targets.isEmpty()) {
            return;
        }
        dispatch.execute(() -> targets.forEach(listener -> {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                log.warn("A listener failed on {}", event, e);
            }
        }));
    }

    /** Listeners registered now, over all keys. */
    public int listenerCount() {
        return listeners.values().stream().mapToInt(Set::size).sum();
    }

    @Override
    public void close() {
        dispatch.shutdownNow();
    }
}
