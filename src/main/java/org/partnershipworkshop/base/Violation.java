package org.partnershipworkshop.base;

import java.util.List;

/**
 * One broken rule: where (a JSON path such as {@code meeting.groups[2].name}, empty for a single value),
 * and what, as an i18n message key with its arguments, so the same rule reads well in every language.
 */
public record Violation(String path, String key, List<Object> args) {

    public Violation {
        path = path == null ? "" : path;
        args = List.copyOf(args);
    }

    public static Violation of(String path, String key, Object... args) {
        return new Violation(path, key, List.of(args));
    }

    public Violation under(String prefix) {
        if (prefix == null || prefix.isEmpty()) {
            return this;
        }
        String joined = path.isEmpty() ? prefix : path.startsWith("[") ? prefix + path : prefix + "." + path;
        return new Violation(joined, key, args);
    }
}
