package org.partnershipworkshop.survey;

import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.Rules;

/**
 * A way in to a survey that its answers are counted by: an action's library (its registry id, its name, its
 * municipality as the group the results are summed by). A survey without channels answers through channel 0.
 */
public record SurveyChannel(long id, String name, String group) {

    public static final long NONE = 0;

    public SurveyChannel {
        name = Rules.required(name, "name", Limits.TITLE);
        group = Rules.optional(group, "group", Limits.TITLE);
    }
}
