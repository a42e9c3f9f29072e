package org.partnershipworkshop.base;

import tools.jackson.databind.json.JsonMapper;

/** The one JSON mapper of the domain and interchange code (Jackson 3). */
public final class Json {

    public static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }
}
