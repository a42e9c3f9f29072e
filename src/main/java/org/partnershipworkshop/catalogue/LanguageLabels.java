package org.partnershipworkshop.catalogue;

import java.util.Locale;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.Messages;
import org.partnershipworkshop.documents.Labels;

/** A practice's documents speak the practice's language, whatever language the person who asked for them uses. */
record LanguageLabels(Messages messages, Language language) implements Labels {

    @Override
    public String text(String key, Object... args) {
        return messages.get(key, language, args);
    }

    @Override
    public Locale locale() {
        return language.locale();
    }
}
