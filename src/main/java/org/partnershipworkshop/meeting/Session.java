package org.partnershipworkshop.meeting;

import java.util.List;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.Rules;

/** A session of the programme with its presentations in order. */
public record Session(String title, List<Presentation> presentations) {

    public Session {
        title = Rules.required(title, "title", Limits.TEXT);
        presentations = Rules.list(presentations, "presentations", Limits.ENTRIES);
    }
}
