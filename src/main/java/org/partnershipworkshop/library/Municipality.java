package org.partnershipworkshop.library;

import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.Rules;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;

/** The city or district a library serves, e.g. {@code district "Печорский район"}. */
public record Municipality(MunicipalityKind kind, String name) {

    public Municipality {
        if (kind == null) {
            throw new ValidationFailedException(Violation.of("municipality.kind", "error.required"));
        }
        name = Rules.required(name == null ? null : name.strip(), "municipality.name", Limits.TITLE);
    }
}
