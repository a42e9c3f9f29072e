package org.partnershipworkshop.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * The product's texts from Vaadin's i18n bundles ({@code vaadin-i18n/translations_xx.properties}) in
 * Bulgarian, Russian and English. Views use it through {@code getTranslation}; the API and the
 * proceedings use it directly. Any other locale falls back to English.
 */
@Component
public class Messages implements I18NProvider {

    static final String BUNDLE = "vaadin-i18n/translations";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return Arrays.stream(Language.values()).map(Language::locale).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return get(key, Language.of(locale), params);
    }

    public String get(String key, Language language, Object... params) {
        String pattern;
        try {
            pattern = bundle(language).getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(params);
    }

    /** A violation as a sentence, prefixed with its path when it has one. */
    public String describe(Violation violation, Language language) {
        String text = get(violation.key(), language, violation.args().toArray());
        return violation.path().isEmpty() ? text : violation.path() + ": " + text;
    }

    static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale(), NO_FALLBACK);
    }
}
