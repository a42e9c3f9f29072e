package org.partnershipworkshop.plan;

/** Where a row stands for one month: planned, done, moved (to a date), cancelled (with a reason). */
public enum FactStatus {
    PLANNED, DONE, MOVED, CANCELLED;

    public String labelKey() {
        return "plan.factStatus." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
