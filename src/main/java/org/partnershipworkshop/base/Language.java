package org.partnershipworkshop.base;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A language the product speaks: of the interface and of a meeting's content. */
public enum Language {
    BG("bg"), RU("ru"), EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.of(code);
    }

    public static Optional<Language> fromCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
    }

    /** The language of a locale, English for any language we do not speak. */
    public static Language of(Locale locale) {
        return locale == null ? EN : fromCode(locale.getLanguage()).orElse(EN);
    }
}
