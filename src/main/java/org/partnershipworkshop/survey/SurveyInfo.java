package org.partnershipworkshop.survey;

import java.time.LocalDate;
import java.util.List;
import org.partnershipworkshop.base.Language;

/** A survey as its owner sees it: code, what it asks, until when, whether it takes answers now, its channels, how many answered. */
public record SurveyInfo(FormCode code, SurveyOwner owner, String title, Language language, Questionnaire questionnaire,
                         LocalDate lastDay, boolean open, boolean takesAnswers, List<SurveyChannel> channels, long answers) {

    public SurveyInfo {
        channels = List.copyOf(channels);
    }

    /** The form's address below the application's base, for one channel: {@code survey/ABCD2345/12}. */
    public String path(long channel) {
        return "survey/" + code.value() + "/" + channel;
    }
}
