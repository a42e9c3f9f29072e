package org.partnershipworkshop.base;

import java.util.List;

/**
 * Checks shared by the domain records: each throws {@link ValidationFailedException} with a message key,
 * so the UI, the API and the importer report the same rule in the same words.
 */
public final class Rules {

    private Rules() {
    }

    public static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new ValidationFailedException(Violation.of(field, "error.required"));
        }
        return optional(value, field, max);
    }

    public static String optional(String value, String field, int max) {
        if (value != null && value.length() > max) {
            throw new ValidationFailedException(Violation.of(field, "error.tooLong", max, value.length()));
        }
        return value == null || value.isEmpty() ? null : value;
    }

    public static <T> List<T> list(List<T> values, String field, int max) {
        List<T> copy = values == null ? List.of() : List.copyOf(values);
        if (copy.size() > max) {
            throw new ValidationFailedException(Violation.of(field, "error.tooMany", max, copy.size()));
        }
        return copy;
    }

    public static List<String> texts(List<String> values, String field, int maxEntries, int maxLength) {
        List<String> copy = list(values, field, maxEntries);
        for (int i = 0; i < copy.size(); i++) {
            required(copy.get(i), field + "[" + i + "]", maxLength);
        }
        return copy;
    }
}
