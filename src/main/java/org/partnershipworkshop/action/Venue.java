package org.partnershipworkshop.action;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Where a library’s event takes place. */
public enum Venue implements Coded {
    LIBRARY("library"),
    OUTSIDE("outside"),
    ONLINE("online");

    private final String id;

    Venue(String id) {
        this.id = id;
    }

    @Override
    @JsonValue
    public String id() {
        return id;
    }

    @Override
    public String group() {
        return "venue";
    }

    @JsonCreator
    public static Venue of(String id) {
        return Coded.of(Venue.class, id);
    }
}
