package org.partnershipworkshop.plan;

/** The form of an activity, for the optional column and the reports. */
public enum ActivityForm {
    SEMINAR, SCHOOL, ROUND_TABLE, CONFERENCE, MASTER_CLASS, LABORATORY, MEETING, VISIT, PUBLICATION, CONTEST, ACTION, EXHIBITION, CONSULTATION, MONITORING, OTHER;

    public String labelKey() {
        return "plan.activityForm." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
