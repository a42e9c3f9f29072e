package org.partnershipworkshop.plan;

/** How the plan is printed: portrait (as the seed) or landscape for plans with many columns. */
public enum Orientation {
    PORTRAIT, LANDSCAPE;

    public String labelKey() {
        return "plan.orientation." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
