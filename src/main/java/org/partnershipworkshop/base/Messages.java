package org.partnershipworkshop.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Comparator;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The product's texts from the i18n bundles in {@code vaadin-i18n/}, in Bulgarian, Russian and English:
 * {@code translations_xx.properties} for the spine, and one {@code <feature>_xx.properties} per later
 * feature (found on the class path, {@link #BUNDLES}), so features do not edit one shared file. Views use it through
 * {@code getTranslation}; the API and the proceedings use it directly. Other locales fall back to English.
 */
@Component
public class Messages implements I18NProvider {

    /**
     * Every bundle, searched in this order (the spine's first, then by name); a key lives in exactly one of
     * them. A feature's bundle is every {@code vaadin-i18n/<name>_en.properties} on the class path.
     */
    public static final List<String> BUNDLES = bundleNames();
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
        String pattern = null;
        for (String name : BUNDLES) {
            ResourceBundle bundle = bundle(name, language);
            if (bundle != null && bundle.containsKey(key)) {
                pattern = bundle.getString(key);
                break;
            }
        }
        if (pattern == null) {
            return "!" + key + "!";
        }
        // Always formatted, arguments or not: every text is a MessageFormat pattern, so "table''s" reads "table's".
        return new MessageFormat(pattern, language.locale()).format(params);
    }

    /** A violation as a sentence, prefixed with its path when it has one. */
    public String describe(Violation violation, Language language) {
        String text = get(violation.key(), language, violation.args().toArray());
        return violation.path().isEmpty() ? text : violation.path() + ": " + text;
    }

    private static List<String> bundleNames() {
        try {
            Resource[] english = new PathMatchingResourcePatternResolver().getResources("classpath*:vaadin-i18n/*_en.properties");
            return Arrays.stream(english).map(Resource::getFilename).filter(n -> n != null)
                    .map(n -> n.substring(0, n.length() - "_en.properties".length())).distinct()
                    .sorted(Comparator.comparing((String n) -> !n.equals("translations")).thenComparing(n -> n))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the i18n bundles", e);
        }
    }

    /** The bundle, or null when a feature has none yet. */
    static ResourceBundle bundle(String name, Language language) {
        try {
            return ResourceBundle.getBundle("vaadin-i18n/" + name, language.locale(), NO_FALLBACK);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
