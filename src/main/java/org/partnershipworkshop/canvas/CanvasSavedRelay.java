package org.partnershipworkshop.canvas;

import org.partnershipworkshop.base.ClusterMessages;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the other instances of the installation that a group's canvas was saved, on the {@code canvas}
 * channel with the group first ({@code groupId,revision,savedAt,savedBy}), as it always was: the partner
 * network of every instance marks that group changed. Screens learn of the save from
 * {@link DocumentBroadcaster}, which names the document instead.
 */
@Component
class CanvasSavedRelay {

    static final String CHANNEL = "canvas";

    private final ClusterMessages cluster;

    CanvasSavedRelay(ClusterMessages cluster) {
        this.cluster = cluster;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void saved(CanvasSaved e) {
        cluster.send(CHANNEL, e.groupId() + "," + e.revision() + "," + e.savedAt().toEpochMilli() + "," + e.savedBy());
    }
}
