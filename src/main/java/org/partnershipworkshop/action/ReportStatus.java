package org.partnershipworkshop.action;

/**
 * Where a library's analytic report stands: not started, a draft, submitted, returned with the coordinator's
 * comment, accepted. Lateness is told apart ({@link LibraryReport#late()}): a late report is still received.
 */
public enum ReportStatus implements Coded {
    NOT_STARTED, DRAFT, SUBMITTED, RETURNED, ACCEPTED;

    @Override
    public String group() {
        return "status";
    }

    /** Whether the library may still change the report's text: until it is submitted, and again once returned. */
    public boolean editableByLibrary() {
        return this == NOT_STARTED || this == DRAFT || this == RETURNED;
    }

    static ReportStatus of(String id) {
        return Coded.of(ReportStatus.class, id);
    }
}
