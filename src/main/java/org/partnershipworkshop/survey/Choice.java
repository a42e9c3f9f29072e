package org.partnershipworkshop.survey;

import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;

/** One option of a choice question: its id (kept in the answers, so it never changes) and its label. */
public record Choice(String id, Translated labels) {

    public Choice {
        Question.checkId(id, "id");
        if (labels == null) {
            throw new ValidationFailedException(Violation.of("labels", "error.required"));
        }
    }
}
