package org.partnershipworkshop.base.ui;

import com.vaadin.flow.component.select.Select;
import org.partnershipworkshop.base.Language;

/** A small select of the interface language; each language is named in itself. */
public class LanguageSwitch extends Select<Language> {

    public LanguageSwitch() {
        setItems(Language.values());
        setItemLabelGenerator(LanguageSwitch::nativeName);
        setValue(LanguagePreference.current());
        setAriaLabel(getTranslation("language.switch"));
        addClassName("language-switch");
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                LanguagePreference.choose(e.getValue());
            }
        });
    }

    public static String nativeName(Language language) {
        return switch (language) {
            case BG -> "Български";
            case RU -> "Русский";
            case EN -> "English";
        };
    }
}
