package org.partnershipworkshop.plan;

/** The plan's status: a draft, approved (by whom, when), closed at the end of its year (nothing changes then). */
public enum PlanStatus {
    DRAFT, APPROVED, CLOSED;

    public String labelKey() {
        return "plan.planStatus." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
