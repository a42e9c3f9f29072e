package org.partnershipworkshop.survey;

import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.Rules;

/** A text in the three languages of the product; each is required, so a form reads whole in every language. */
public record Translated(String bg, String ru, String en) {

    public static final int MAX = 500;

    public Translated {
        bg = Rules.required(bg, "bg", MAX);
        ru = Rules.required(ru, "ru", MAX);
        en = Rules.required(en, "en", MAX);
    }

    public static Translated same(String text) {
        return new Translated(text, text, text);
    }

    public String in(Language language) {
        return switch (language) {
            case BG -> bg;
            case RU -> ru;
            case EN -> en;
        };
    }
}
