package org.partnershipworkshop.canvas;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a canvas field holds; meeting-v1 defines the first three, {@code indicators} serves the practice passport
 * and {@code targets} the project card.
 */
public enum FieldKind {
    NOTES("notes"), RESOURCES("resources"), PARTNERS("partners"), INDICATORS("indicators"), TARGETS("targets");

    private final String id;

    FieldKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<FieldKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
