package org.partnershipworkshop.action;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * An enum of the actions written in documents by a short id — its constant's name in lower case with hyphens
 * ({@code ROUND_TABLE} is {@code round-table}) — and shown through an i18n key {@code action.<group>.<id>}.
 * Jackson writes and reads the id.
 */
public interface Coded {

    String name();

    /** The enum's group in the i18n keys ({@code form}, {@code venue}). */
    String group();

    @JsonValue
    default String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    default String labelKey() {
        return "action." + group() + "." + id();
    }

    static <E extends Enum<E> & Coded> E of(Class<E> type, String id) {
        for (E e : type.getEnumConstants()) {
            if (e.id().equals(id)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown " + type.getSimpleName() + " \"" + id + "\"");
    }
}
