package org.partnershipworkshop.base;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapper of the domain and interchange code (Jackson 3). Numbers with a fraction or an exponent are
 * read as {@link java.math.BigDecimal}, never as doubles, so {@code 12345678901234.56} keeps every digit and
 * {@code 1e309} is a number the range checks refuse, not an infinity (decision 0161). The API's mapper is
 * configured the same way ({@link JsonSettings}).
 */
public final class Json {

    public static final JsonMapper MAPPER = configure(JsonMapper.builder()).build();

    private Json() {
    }

    /** The settings every mapper of the application shares. */
    public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
        return builder.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }
}
