package org.partnershipworkshop.action;

/** How a library came to take part (invited by the coordinator, or on its own). */
public enum Joined implements Coded {
    INVITED,
    SELF;

    @Override
    public String group() {
        return "joined";
    }
}
