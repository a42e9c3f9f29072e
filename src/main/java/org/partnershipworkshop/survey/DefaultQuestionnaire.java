package org.partnershipworkshop.survey;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.partnershipworkshop.base.Json;

/**
 * The questionnaires the product ships, for an owner to start from: the reader survey of a network action
 * ({@code survey/reader-survey.json}, in the questionnaire's own JSON shape).
 */
public final class DefaultQuestionnaire {

    static final String READER_SURVEY = "/survey/reader-survey.json";

    private DefaultQuestionnaire() {
    }

    /** The default reader survey: what a library asks its readers, in bg/ru/en. */
    public static Questionnaire readerSurvey() {
        try (InputStream in = DefaultQuestionnaire.class.getResourceAsStream(READER_SURVEY)) {
            if (in == null) {
                throw new IllegalStateException(READER_SURVEY + " is missing from the application");
            }
            return Json.MAPPER.readValue(in, Questionnaire.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + READER_SURVEY, e);
        }
    }
}
