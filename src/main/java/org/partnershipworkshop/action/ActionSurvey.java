package org.partnershipworkshop.action;

import org.partnershipworkshop.survey.SurveyOwner;

/** Whose an action's reader survey is in the survey engine, for the engine's own reads (results, links, exports). */
public final class ActionSurvey {

    private ActionSurvey() {
    }

    public static SurveyOwner of(long actionId) {
        return Participation.survey(actionId);
    }
}
