package org.partnershipworkshop.action.ui;

import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.function.LongConsumer;
import org.partnershipworkshop.action.ReportService;
import org.partnershipworkshop.canvas.CanvasEdit;
import org.partnershipworkshop.canvas.DocumentSnapshot;
import org.partnershipworkshop.canvas.SaveResult;
import org.partnershipworkshop.canvas.ui.DocumentSource;

/** A library's report as the board editor reads and saves it: through {@link ReportService} and its checks. */
record ReportSource(ReportService reports, long actionId, long libraryId) implements DocumentSource {

    @Override
    public DocumentSnapshot current() {
        return reports.text(actionId, libraryId);
    }

    @Override
    public SaveResult apply(long baseRevision, CanvasEdit edit) {
        return reports.apply(actionId, libraryId, baseRevision, edit);
    }

    @Override
    public List<DocumentSnapshot> history() {
        return reports.history(actionId, libraryId);
    }

    @Override
    public DocumentSnapshot restore(long revision) {
        return reports.restore(actionId, libraryId, revision);
    }

    @Override
    public Registration subscribe(LongConsumer savedRevision) {
        return reports.subscribe(actionId, libraryId, savedRevision);
    }
}
