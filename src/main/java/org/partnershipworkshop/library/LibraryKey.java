package org.partnershipworkshop.library;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The stable key of a library: what a re-import recognises it by, whatever else changed. Latin letters,
 * digits, dot, dash and underscore, compared without case (kept in lower case). A library added by hand gets
 * one made from its name ("Печорская ЦРБ" → {@code pechorskaya-tsrb}).
 */
final class LibraryKey {

    static final int MAX = 100;
    private static final int MADE_MAX = 60;
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9._-]{0," + (MAX - 1) + "}");
    private static final Map<Character, String> LATIN = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('й', "y"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"),
            Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""),
            Map.entry('э', "e"), Map.entry('ю', "yu"), Map.entry('я', "ya"), Map.entry('ѝ', "i"));

    private LibraryKey() {
    }

    /** The key in lower case, or null when it is not one. */
    static String normalize(String key) {
        if (key == null) {
            return null;
        }
        String lower = key.strip().toLowerCase(Locale.ROOT);
        return KEY.matcher(lower).matches() ? lower : null;
    }

    /** A key made from a name: transliterated, words joined by dashes; "library" when nothing is left. */
    static String fromName(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            String latin = LATIN.get(c);
            if (latin != null) {
                out.append(latin);
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            } else if (!out.isEmpty() && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        }
        String made = out.toString().replaceAll("-+", "-").replaceAll("^-|-$", "");
        if (made.length() > MADE_MAX) {
            made = made.substring(0, MADE_MAX).replaceAll("-[^-]*$", "");
        }
        return made.isEmpty() ? "library" : made;
    }
}
