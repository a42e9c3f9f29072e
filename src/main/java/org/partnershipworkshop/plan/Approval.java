package org.partnershipworkshop.plan;

import java.time.LocalDate;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.Rules;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;

/** Who approved the plan («Утверждаю: директор …») and when. */
public record Approval(String by, LocalDate on) {

    public Approval {
        by = Rules.required(by, "by", Limits.TITLE);
        if (on == null) {
            throw new ValidationFailedException(Violation.of("on", "error.required"));
        }
    }
}
