package org.partnershipworkshop.canvas;

import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.util.function.Consumer;
import org.partnershipworkshop.base.Broadcaster;
import org.partnershipworkshop.base.ClusterMessages;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells open screens that a document was saved, once the save is committed: the other laptop of the table and
 * the projector for a group's canvas, another facilitator's practice page for a passport. Screens subscribe
 * through their feature's service (which checks that the caller may read that document) and
 * {@link DocumentStore#subscribe}; saves on another instance of the installation arrive by {@link ClusterMessages}.
 */
@Component
public class DocumentBroadcaster {

    static final String CHANNEL = "document";

    private final Broadcaster<DocumentSaved> saves = new Broadcaster<>("document-saves");
    private final ClusterMessages cluster;

    DocumentBroadcaster(ClusterMessages cluster) {
        this.cluster = cluster;
        cluster.listen(CHANNEL, payload -> {
            DocumentSaved event = decode(payload);
            saves.publish(event.documentId(), event);
        });
    }

    Registration subscribe(long documentId, Consumer<DocumentSaved> listener) {
        return saves.subscribe(documentId, listener);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void saved(DocumentSaved event) {
        saves.publish(event.documentId(), event);
        cluster.send(CHANNEL, encode(event));
    }

    /** Owner kind and sheet are short names without commas ({@link DocumentKey}); the saver's name goes last. */
    static String encode(DocumentSaved e) {
        DocumentKey key = e.document();
        return String.join(",", String.valueOf(e.documentId()), key.ownerKind(), String.valueOf(key.ownerId()),
                key.sheet(), String.valueOf(e.revision()), String.valueOf(e.savedAt().toEpochMilli()), e.savedBy());
    }

    static DocumentSaved decode(String payload) {
        String[] parts = payload.split(",", 7);
        return new DocumentSaved(Long.parseLong(parts[0]), new DocumentKey(parts[1], Long.parseLong(parts[2]), parts[3]),
                Long.parseLong(parts[4]), Instant.ofEpochMilli(Long.parseLong(parts[5])), parts[6]);
    }

    /** Screens listening now, to any document; zero once every editor and projector is closed. */
    public int listenerCount() {
        return saves.listenerCount();
    }

    @PreDestroy
    void close() {
        saves.close();
    }
}
