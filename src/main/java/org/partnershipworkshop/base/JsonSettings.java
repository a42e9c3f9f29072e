package org.partnershipworkshop.base;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The API's JSON mapper reads numbers as {@link Json#MAPPER} does. */
@Component
class JsonSettings implements JsonMapperBuilderCustomizer {

    @Override
    public void customize(JsonMapper.Builder builder) {
        Json.configure(builder);
    }
}
