package org.partnershipworkshop.action;

/** Where a library’s event takes place. */
public enum Venue implements Coded {
    LIBRARY,
    OUTSIDE,
    ONLINE;

    @Override
    public String group() {
        return "venue";
    }
}
