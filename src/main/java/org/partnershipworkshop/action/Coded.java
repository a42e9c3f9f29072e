package org.partnershipworkshop.action;

/** An enum written in documents by a short lower-case id and shown through an i18n key {@code action.<group>.<id>}. */
interface Coded {

    String id();

    String group();

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
