package org.partnershipworkshop.action;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The kind of a regional action. */
public enum ActionKind implements Coded {
    NETWORK_ACTION("network-action"),
    CONTEST("contest"),
    CAMPAIGN("campaign");

    private final String id;

    ActionKind(String id) {
        this.id = id;
    }

    @Override
    @JsonValue
    public String id() {
        return id;
    }

    @Override
    public String group() {
        return "kind";
    }

    @JsonCreator
    public static ActionKind of(String id) {
        return Coded.of(ActionKind.class, id);
    }
}
