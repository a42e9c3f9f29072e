package org.partnershipworkshop.base;

import com.vaadin.flow.shared.Registration;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Messages between instances over PostgreSQL's LISTEN/NOTIFY. One connection of the pool is kept for
 * listening on a daemon thread that waits for notifications and reconnects after a failure; sending is a
 * {@code pg_notify} on any connection, after the change it reports was committed. A message carries the
 * sending instance's id so an instance ignores its own. Chosen by {@link ClusterMessagesChoice}.
 */
class PostgresClusterMessages implements ClusterMessages, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PostgresClusterMessages.class);
    private static final String PREFIX = "workshop_";
    private static final int WAIT_MS = 500;

    private final DataSource dataSource;
    private final String instance = UUID.randomUUID().toString();
    private final Map<String, Set<Consumer<String>>> handlers = new ConcurrentHashMap<>();
    private final Thread listener;
    private volatile boolean running = true;
    private volatile Connection listening;

    PostgresClusterMessages(DataSource dataSource) {
        this.dataSource = dataSource;
        this.listener = Thread.ofPlatform().daemon().name("cluster-messages").start(this::listenLoop);
    }

    @Override
    public void send(String channel, String payload) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
            notify.setString(1, PREFIX + channel);
            notify.setString(2, instance + "|" + payload);
            notify.execute();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            log.warn("Could not tell the other instances on {}: {}", channel, e.getMessage());
        }
    }

    @Override
    public Registration listen(String channel, Consumer<String> handler) {
        Set<Consumer<String>> set = handlers.computeIfAbsent(PREFIX + channel, c -> new CopyOnWriteArraySet<>());
        set.add(handler);
        Connection connection = listening;
        if (connection != null) {
            subscribe(connection, PREFIX + channel);
        }
        return () -> set.remove(handler);
    }

    private void listenLoop() {
        long backoff = 500;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                listening = connection;
                // After publishing the connection, so a handler added meanwhile is subscribed by one of the two.
                for (String channel : handlers.keySet()) {
                    subscribe(connection, channel);
                }
                backoff = 500;
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(WAIT_MS);
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            deliver(n.getName(), n.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = null;
                if (!running) {
                    return;
                }
                log.warn("Listening for other instances failed ({}); trying again in {} ms", e.getMessage(), backoff);
                sleep(backoff);
                backoff = Math.min(backoff * 2, 30_000);
            }
        }
    }

    private static void subscribe(Connection connection, String channel) {
        try (Statement listen = connection.createStatement()) {
            listen.execute("LISTEN " + channel); // channel names are our constants, never user input
        } catch (SQLException e) {
            log.warn("Could not listen on {}: {}", channel, e.getMessage());
        }
    }

    private void deliver(String channel, String message) {
        int bar = message.indexOf('|');
        if (bar < 0 || message.substring(0, bar).equals(instance)) {
            return;
        }
        String payload = message.substring(bar + 1);
        handlers.getOrDefault(channel, Set.of()).forEach(handler -> {
            try {
                handler.accept(payload);
            } catch (RuntimeException e) {
                log.warn("Handling a message from another instance on {} failed", channel, e);
            }
        });
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops listening when the application stops (a {@code @Bean}'s close is called by Spring). */
    @Override
    public void close() {
        running = false;
        listener.interrupt();
    }
}
