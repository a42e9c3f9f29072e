package org.partnershipworkshop.meeting;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.partnershipworkshop.base.Language;

/** Stores a language as its code ("bg"), as the interchange format writes it. */
@Converter
class LanguageConverter implements AttributeConverter<Language, String> {

    @Override
    public String convertToDatabaseColumn(Language language) {
        return language == null ? null : language.code();
    }

    @Override
    public Language convertToEntityAttribute(String code) {
        return code == null ? null : Language.fromCode(code).orElseThrow();
    }
}
