package org.partnershipworkshop.catalogue;

import java.math.BigDecimal;
import org.partnershipworkshop.canvas.Canvas;
import org.partnershipworkshop.canvas.Indicator;
import org.partnershipworkshop.canvas.Target;

/**
 * The first draft of a project card from a practice's passport (decision 53): the goals become the goal,
 * the approaches the way to reach it, each result indicator a result target whose base is what the practice
 * reached in its last year (else over its whole period) and whose target is left for the team to set, the
 * beneficiaries the users and the period the period. Requirements have no counterpart in a passport.
 */
final class ProjectCardDraft {

    private ProjectCardDraft() {
    }

    static Canvas from(Canvas passport) {
        return Canvas.EMPTY
                .with("goal", passport.entries("goals"))
                .with("way", passport.entries("approaches"))
                .with("result", passport.entries("results", Indicator.class).stream()
                        .map(i -> new Target(i.name(), i.unit(), base(i), null, null)).toList())
                .with("users", passport.entries("beneficiaries"))
                .with("period", passport.entries("period"));
    }

    private static BigDecimal base(Indicator indicator) {
        return indicator.lastYear() != null ? indicator.lastYear() : indicator.wholePeriod();
    }
}
