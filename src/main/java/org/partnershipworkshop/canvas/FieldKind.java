package org.partnershipworkshop.canvas;

import java.util.Arrays;
import java.util.Optional;

/** What a canvas field holds; meeting-v1 defines the first three, {@code indicators} serves the practice passport. */
public enum FieldKind {
    NOTES("notes"), RESOURCES("resources"), PARTNERS("partners"), INDICATORS("indicators");

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
