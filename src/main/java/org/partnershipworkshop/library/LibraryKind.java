package org.partnershipworkshop.library;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a library is in the network; the id is the code of {@code workshop-libraries/1} and of the CSV. */
public enum LibraryKind {
    REGIONAL("regional"),
    /** The central library of a city or a district (a centralised system's head). */
    CENTRAL("central"),
    CITY("city"),
    DISTRICT("district"),
    BRANCH("branch"),
    RURAL("rural"),
    RURAL_MODEL("rural-model"),
    CHILDREN("children"),
    /** A library of another agency (a school's, a college's, a hospital's…). */
    OTHER("other");

    private final String id;

    LibraryKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public String labelKey() {
        return "library.kind." + id;
    }

    public static Optional<LibraryKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    public static String allowedIds() {
        return Arrays.stream(values()).map(LibraryKind::id).collect(Collectors.joining(", "));
    }
}
