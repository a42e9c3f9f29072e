package org.partnershipworkshop.documents;

import java.util.Locale;

/** The texts of the proceedings in the meeting's language (the i18n keys of {@code proceedings_xx.properties}). */
public interface Labels {

    String text(String key, Object... args);

    /** The locale numbers and dates are written in. */
    Locale locale();
}
