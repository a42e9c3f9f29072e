package org.partnershipworkshop.documents;

import java.util.Locale;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.Messages;

/** The texts of a document in its own language (the i18n keys of the bundles), and the locale it writes numbers and dates in. */
public interface Labels {

    String text(String key, Object... args);

    /** The locale numbers and dates are written in. */
    Locale locale();

    /** The texts in {@code language}, whatever language the person who asked for the document uses. */
    static Labels of(Messages messages, Language language) {
        return new Labels() {
            @Override
            public String text(String key, Object... args) {
                return messages.get(key, language, args);
            }

            @Override
            public Locale locale() {
                return language.locale();
            }
        };
    }
}
