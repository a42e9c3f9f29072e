package org.partnershipworkshop.action;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How a library came to take part (invited by the coordinator, or on its own). */
public enum Joined implements Coded {
    INVITED("invited"),
    SELF("self");

    private final String id;

    Joined(String id) {
        this.id = id;
    }

    @Override
    @JsonValue
    public String id() {
        return id;
    }

    @Override
    public String group() {
        return "joined";
    }

    @JsonCreator
    public static Joined of(String id) {
        return Coded.of(Joined.class, id);
    }
}
