package org.partnershipworkshop.survey;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.partnershipworkshop.base.Json;
import org.springframework.core.io.ClassPathResource;

/**
 * The reader questionnaire of seed 004 that a new action starts with: overall satisfaction, the collection, the
 * opening hours, the staff, the events, the online services (ratings 1–5), how often the reader comes, the age
 * group, whether they would recommend the library, what they propose — in bg, ru and en.
 */
public final class DefaultQuestionnaire {

    static final String RESOURCE = "survey/reader-survey.json";

    private DefaultQuestionnaire() {
    }

    public static Questionnaire readerSurvey() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return Json.MAPPER.readValue(in, Questionnaire.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
