package org.partnershipworkshop.base;

/**
 * What every piece of user text goes through on its way in (decision 0160): control characters are dropped,
 * not refused, and lengths count code points — what a person counts — not UTF-16 units.
 * <ul>
 * <li>Kept: tab, line feed and carriage return (notes have lines).</li>
 * <li>Turned into a line feed: vertical tab, form feed and NEL (U+000B, U+000C, U+0085), which office programs put
 * where a person sees a line break.</li>
 * <li>Dropped: every other C0 control (U+0000–U+001F), DEL (U+007F), every other C1 control (U+0080–U+009F),
 * the non-characters U+FFFE and U+FFFF, and halves of surrogate pairs without their other half. None of them can
 * be seen or typed on purpose, XML cannot carry them, and they arrive by pasting.</li>
 * </ul>
 */
public final class Text {

    private Text() {
    }

    /** The text with the characters above dropped or turned into line feeds; the same string when there are none. */
    public static String clean(String value) {
        if (value == null || isClean(value)) {
            return value;
        }
        StringBuilder cleaned = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                cleaned.append(c).append(value.charAt(++i));
            } else if (c == '\u000B' || c == '\u000C' || c == '\u0085') {
                cleaned.append('\n');
            } else if (!dropped(c)) {
                cleaned.append(c);
            }
        }
        return cleaned.toString();
    }

    /** The length as a person counts it: code points, so an emoji is one character, not two. */
    public static int length(String value) {
        return value == null ? 0 : value.codePointCount(0, value.length());
    }

    private static boolean isClean(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (dropped(c) || c == '\u000B' || c == '\u000C' || c == '\u0085') {
                return false;
            }
        }
        return true;
    }

    /** A character that never stays (a lone surrogate half reaches here only when its pair is missing). */
    private static boolean dropped(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)
                || c == '\uFFFE' || c == '\uFFFF' || Character.isSurrogate(c);
    }
}
