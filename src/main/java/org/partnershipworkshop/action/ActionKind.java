package org.partnershipworkshop.action;

/** The kind of a regional action. */
public enum ActionKind implements Coded {
    NETWORK_ACTION,
    CONTEST,
    CAMPAIGN;

    @Override
    public String group() {
        return "kind";
    }
}
