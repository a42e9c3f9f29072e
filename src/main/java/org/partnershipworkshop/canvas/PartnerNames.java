package org.partnershipworkshop.canvas;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key under which partner names are the same partner: case, spacing and quote style („“ "" « » ‘’ '')
 * do not count; everything else does, so names that differ otherwise are never merged automatically.
 */
public final class PartnerNames {

    private static final Pattern QUOTES = Pattern.compile("[\"'„“”‟«»‘’‚‛`]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PartnerNames() {
    }

    public static String normalize(String name) {
        String text = Normalizer.normalize(name, Normalizer.Form.NFC);
        text = QUOTES.matcher(text).replaceAll("");
        text = SPACES.matcher(text).replaceAll(" ").strip();
        return text.toLowerCase(Locale.ROOT);
    }
}
