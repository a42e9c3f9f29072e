package org.partnershipworkshop.meeting;

import java.util.List;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.Rules;

/** What participants said afterwards: what they will use in their practice, and their comments. */
public record Feedback(List<String> willUse, List<String> comments) {

    public static final Feedback NONE = new Feedback(List.of(), List.of());

    public Feedback {
        willUse = Rules.texts(willUse, "willUse", Limits.ENTRIES, Limits.TEXT);
        comments = Rules.texts(comments, "comments", Limits.ENTRIES, Limits.TEXT);
    }

    public boolean isEmpty() {
        return willUse.isEmpty() && comments.isEmpty();
    }
}
