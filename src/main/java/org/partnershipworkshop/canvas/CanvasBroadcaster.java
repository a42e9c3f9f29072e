package org.partnershipworkshop.canvas;

import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.util.function.Consumer;
import org.partnershipworkshop.base.Broadcaster;
import org.partnershipworkshop.base.ClusterMessages;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells open screens that a group's canvas was saved, once the save is committed: the other laptop of the
 * table and the projector. Screens subscribe through {@link CanvasService#subscribe}, which checks that the
 * caller may read that canvas.
 */
@Component
public class CanvasBroadcaster {

    private static final String CHANNEL = "canvas";

    private final Broadcaster<CanvasSaved> saves = new Broadcaster<>("canvas-saves");
    private final ClusterMessages cluster;

    CanvasBroadcaster(ClusterMessages cluster) {
        this.cluster = cluster;
        // A save on another instance of the installation reaches this instance's screens too.
        cluster.listen(CHANNEL, payload -> {
            CanvasSaved event = decode(payload);
            saves.publish(event.groupId(), event);
        });
    }

    Registration subscribe(long groupId, Consumer<CanvasSaved> listener) {
        return saves.subscribe(groupId, listener);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void saved(CanvasSaved event) {
        saves.publish(event.groupId(), event);
        cluster.send(CHANNEL, encode(event));
    }

    static String encode(CanvasSaved e) {
        return e.groupId() + "," + e.revision() + "," + e.savedAt().toEpochMilli() + "," + e.savedBy();
    }

    static CanvasSaved decode(String payload) {
        String[] parts = payload.split(",", 4);
        return new CanvasSaved(Long.parseLong(parts[0]), Long.parseLong(parts[1]),
                java.time.Instant.ofEpochMilli(Long.parseLong(parts[2])), parts[3]);
    }

    /** Screens listening now; zero once every editor and projector is closed. */
    public int listenerCount() {
        return saves.listenerCount();
    }

    @PreDestroy
    void close() {
        saves.close();
    }
}
