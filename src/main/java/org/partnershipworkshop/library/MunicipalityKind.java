package org.partnershipworkshop.library;

import java.util.Arrays;
import java.util.Optional;

/** A municipality of the region is a city (городской округ) or a district (муниципальный район). */
public enum MunicipalityKind {
    CITY("city"),
    DISTRICT("district");

    private final String id;

    MunicipalityKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public String labelKey() {
        return "library.municipality." + id;
    }

    public static Optional<MunicipalityKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
