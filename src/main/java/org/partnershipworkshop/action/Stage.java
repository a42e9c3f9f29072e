package org.partnershipworkshop.action;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.Rules;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;

/** A stage of an action (city/district, regional) with its own dates; either date may be open. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Stage(String name, LocalDate starts, LocalDate ends) {

    public Stage {
        name = Rules.required(name, "name", Limits.TITLE);
        if (starts != null && ends != null && ends.isBefore(starts)) {
            throw new ValidationFailedException(Violation.of("ends", "action.error.endsBeforeStart"));
        }
    }
}
