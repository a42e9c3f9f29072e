package org.partnershipworkshop.plan;

import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.Rules;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;

/**
 * What a row produces, by kind and id (a meeting, a practice, a network action) or by reference (a
 * publication's title or address). An action's id is kept as given until the network actions exist.
 */
public record Link(LinkKind kind, Long id, String reference) {

    public Link {
        if (kind == null) {
            throw new ValidationFailedException(Violation.of("kind", "error.required"));
        }
        reference = Rules.optional(reference, "reference", Limits.TEXT);
        if (kind == LinkKind.PUBLICATION ? reference == null && id == null : id == null) {
            throw new ValidationFailedException(Violation.of(kind == LinkKind.PUBLICATION ? "reference" : "id", "error.required"));
        }
        if (id != null && id < 1) {
            throw new ValidationFailedException(Violation.of("id", "error.atLeast", 1));
        }
    }
}
