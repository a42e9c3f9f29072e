package org.partnershipworkshop.canvas;

import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.util.function.Consumer;
import org.partnershipworkshop.base.Broadcaster;
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

    private final Broadcaster<CanvasSaved> saves = new Broadcaster<>("canvas-saves");

    Registration subscribe(long groupId, Consumer<CanvasSaved> listener) {
        return saves.subscribe(groupId, listener);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void saved(CanvasSaved event) {
        saves.publish(event.groupId(), event);
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
