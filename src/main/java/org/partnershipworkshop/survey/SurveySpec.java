package org.partnershipworkshop.survey;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.Rules;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;

/** What the owner says of its survey: title, language, questionnaire, last day (optional), channels. */
public record SurveySpec(String title, Language language, Questionnaire questionnaire, LocalDate lastDay,
                         List<SurveyChannel> channels) {

    public static final int MAX_CHANNELS = 5_000;

    public SurveySpec {
        title = Rules.required(title, "title", Limits.TEXT);
        if (language == null) {
            throw new ValidationFailedException(Violation.of("language", "error.required"));
        }
        if (questionnaire == null) {
            throw new ValidationFailedException(Violation.of("questionnaire", "error.required"));
        }
        channels = Rules.list(channels, "channels", MAX_CHANNELS);
        Set<Long> ids = new HashSet<>();
        for (SurveyChannel c : channels) {
            if (c.id() == SurveyChannel.NONE || !ids.add(c.id())) {
                throw new ValidationFailedException(Violation.of("channels", "survey.error.channel", c.id()));
            }
        }
    }
}
