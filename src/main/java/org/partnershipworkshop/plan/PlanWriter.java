package org.partnershipworkshop.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import org.partnershipworkshop.base.Language;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a plan as its workshop-plan/1 document (docs/formats/workshop-plan-1.md) from the domain records by
 * Jackson: enums in lower case, languages by their code, members left out when empty, false or zero. The
 * store keeps a plan as exactly this document; {@link PlanReader} reads it back.
 */
public final class PlanWriter {

    static final String FORMAT = "workshop-plan/1";

    /** The document: its format and the plan. */
    record Document(String format, Plan plan) {
    }

    abstract static class LanguageCode {
        @JsonValue
        abstract String code();
    }

    static final JsonMapper MAPPER = JsonMapper.builder()
            .addMixIn(Language.class, LanguageCode.class)
            .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
            .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_DEFAULT)
                    .withContentInclusion(JsonInclude.Include.NON_NULL))
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private PlanWriter() {
    }

    static byte[] write(Plan plan) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(new Document(FORMAT, plan));
    }

    /** A part of a plan (a row with its facts) as the document writes it, for the API's answers. */
    public static byte[] json(Object part) {
        return MAPPER.writeValueAsBytes(part);
    }

    static String compact(Plan plan) {
        return MAPPER.writeValueAsString(new Document(FORMAT, plan));
    }
}
