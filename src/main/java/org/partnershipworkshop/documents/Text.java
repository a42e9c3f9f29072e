package org.partnershipworkshop.documents;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openpdf.text.pdf.BaseFont;

/** Small text helpers of the layout. */
public final class Text {

    private Text() {
    }

    /**
     * The text shortened with an ellipsis to fit a width — only for running headers and figure labels,
     * which repeat what the body says in full.
     */
    public static String fit(String text, BaseFont font, float size, float width) {
        if (font.getWidthPoint(text, size) <= width) {
            return text;
        }
        String ellipsis = "…";
        int fits = 0;
        int tooLong = text.length();
        while (tooLong - fits > 1) { // binary search: the longest prefix that fits with the ellipsis
            int middle = (fits + tooLong) >>> 1;
            if (font.getWidthPoint(text.substring(0, middle) + ellipsis, size) <= width) {
                fits = middle;
            } else {
                tooLong = middle;
            }
        }
        return text.substring(0, fits).stripTrailing() + ellipsis;
    }

    /** The non-empty parts joined, e.g. a speaker with role and organisation. */
    public static String join(String separator, String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).filter(s -> !s.isBlank()).collect(Collectors.joining(separator));
    }

    public static String join(String separator, List<String> parts) {
        return join(separator, parts.toArray(String[]::new));
    }
}
