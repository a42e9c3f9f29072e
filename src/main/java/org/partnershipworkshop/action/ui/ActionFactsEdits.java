package org.partnershipworkshop.action.ui;

import java.util.List;
import org.partnershipworkshop.action.ActionFacts;
import org.partnershipworkshop.action.RegulationPart;

/** The facts with one part changed, the rest as they are. */
final class ActionFactsEdits {

    private ActionFactsEdits() {
    }

    static ActionFacts withRegulation(ActionFacts f, List<RegulationPart> regulation) {
        return new ActionFacts(f.title(), f.kind(), f.language(), f.starts(), f.ends(), f.reportsDue(), f.summary(),
                f.organiser(), f.coordinator(), f.contact(), f.hashtags(), regulation, f.stages(), f.partners());
    }
}
