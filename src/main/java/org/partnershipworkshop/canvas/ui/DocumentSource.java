package org.partnershipworkshop.canvas.ui;

import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.function.LongConsumer;
import org.partnershipworkshop.canvas.CanvasEdit;
import org.partnershipworkshop.canvas.DocumentSnapshot;
import org.partnershipworkshop.canvas.SaveResult;

/**
 * Where a {@link BoardEditor} reads and saves its one document: calls to the owner feature's application
 * service (a group's canvas: {@code CanvasService}; a practice's sheet: {@code CatalogueService}), which checks
 * the caller's rights on every call and keeps what it derives from the document in step.
 */
public interface DocumentSource {

    /** The document as saved now. */
    DocumentSnapshot current();

    /** Applies one change made on {@code baseRevision}; the result lists what others saved since. */
    SaveResult apply(long baseRevision, CanvasEdit edit);

    /** Every revision, oldest first. */
    List<DocumentSnapshot> history();

    /** Saves an old revision again as the newest; answers the document as it is then. */
    DocumentSnapshot restore(long revision);

    /** Calls back with the revision of each committed save, on any thread, until the registration is removed. */
    Registration subscribe(LongConsumer savedRevision);
}
