package org.partnershipworkshop.catalogue.ui;

import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.function.LongConsumer;
import org.partnershipworkshop.canvas.CanvasEdit;
import org.partnershipworkshop.canvas.DocumentSnapshot;
import org.partnershipworkshop.canvas.SaveResult;
import org.partnershipworkshop.canvas.ui.DocumentSource;
import org.partnershipworkshop.catalogue.CatalogueService;
import org.partnershipworkshop.catalogue.PracticeSheet;

/** A practice's sheet as the board editor reads and saves it: through {@link CatalogueService} and its checks. */
record PracticeSheetSource(CatalogueService catalogue, long practiceId, PracticeSheet sheet) implements DocumentSource {

    @Override
    public DocumentSnapshot current() {
        return catalogue.sheet(practiceId, sheet);
    }

    @Override
    public SaveResult apply(long baseRevision, CanvasEdit edit) {
        return catalogue.apply(practiceId, sheet, baseRevision, edit);
    }

    @Override
    public List<DocumentSnapshot> history() {
        return catalogue.history(practiceId, sheet);
    }

    @Override
    public DocumentSnapshot restore(long revision) {
        return catalogue.restore(practiceId, sheet, revision);
    }

    @Override
    public Registration subscribe(LongConsumer savedRevision) {
        return catalogue.subscribe(practiceId, sheet, saved -> savedRevision.accept(saved.revision()));
    }
}
