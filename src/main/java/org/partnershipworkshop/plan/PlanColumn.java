package org.partnershipworkshop.plan;

/** The optional columns of the printed plan beside «Вид деятельности | Срок | Ответственные». */
public enum PlanColumn {
    AUDIENCE, FORM, PLACE, RESULT;

    public String labelKey() {
        return "plan.planColumn." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
