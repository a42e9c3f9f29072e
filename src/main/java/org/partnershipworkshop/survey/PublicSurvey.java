package org.partnershipworkshop.survey;

import java.time.LocalDate;
import org.partnershipworkshop.base.Language;

/** What a reader's phone shows: the survey's title and language, whether it takes answers, the questions, which channel (library) asks. */
public record PublicSurvey(FormCode code, String title, Language language, boolean takesAnswers, LocalDate lastDay,
                           Questionnaire questionnaire, SurveyChannel channel) {
}
