package org.partnershipworkshop.base;

import java.util.List;

/**
 * Checks shared by the domain records: each throws {@link ValidationFailedException} with a message key,
 * so the UI, the API and the importer report the same rule in the same words. Every text passes
 * {@link Text#clean} first (control characters dropped) and lengths count code points ({@link Text#length}).
 */
public final class Rules {

    private Rules() {
    }

    /** A text that must say something: cleaned, not blank, at most {@code max} characters (code points). */
    public static String required(String value, String field, int max) {
        String cleaned = Text.clean(value);
        if (cleaned == null || cleaned.isBlank()) {
            throw new ValidationFailedException(Violation.of(field, "error.required"));
        }
        return optional(cleaned, field, max);
    }

    /** A text that may be absent: cleaned, at most {@code max} characters (code points); empty becomes null. */
    public static String optional(String value, String field, int max) {
        String cleaned = Text.clean(value);
        int length = Text.length(cleaned);
        if (length > max) {
            throw new ValidationFailedException(Violation.of(field, "error.tooLong", max, length));
        }
        return cleaned == null || cleaned.isEmpty() ? null : cleaned;
    }

    public static <T> List<T> list(List<T> values, String field, int max) {
        List<T> copy = values == null ? List.of() : List.copyOf(values);
        if (copy.size() > max) {
            throw new ValidationFailedException(Violation.of(field, "error.tooMany", max, copy.size()));
        }
        return copy;
    }

    /** A list of texts, each required and cleaned; the list holds the cleaned texts. */
    public static List<String> texts(List<String> values, String field, int maxEntries, int maxLength) {
        List<String> copy = list(values, field, maxEntries);
        java.util.ArrayList<String> cleaned = new java.util.ArrayList<>(copy.size());
        for (int i = 0; i < copy.size(); i++) {
            cleaned.add(required(copy.get(i), field + "[" + i + "]", maxLength));
        }
        return List.copyOf(cleaned);
    }
}
