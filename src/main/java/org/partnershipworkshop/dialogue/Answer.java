package org.partnershipworkshop.dialogue;

import java.util.Set;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.Rules;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;

/**
 * One participant's answer: the checklist lines they will use (by id), a rating of the meeting from 1 to 5,
 * a comment of at most {@value Limits#TEXT} characters. Each part is optional; an answer says something.
 */
public record Answer(Set<Long> choices, Integer rating, String comment) {

    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;

    public Answer {
        choices = Set.copyOf(Rules.list(choices == null ? null : java.util.List.copyOf(choices), "choices", Limits.ENTRIES));
        if (rating != null && (rating < MIN_RATING || rating > MAX_RATING)) {
            throw new ValidationFailedException(Violation.of("rating", "dialogue.error.rating", MIN_RATING, MAX_RATING));
        }
        comment = comment == null ? null : Rules.optional(comment.strip(), "comment", Limits.TEXT);
        if (choices.isEmpty() && rating == null && comment == null) {
            throw new ValidationFailedException(Violation.of("", "dialogue.error.empty"));
        }
    }
}
