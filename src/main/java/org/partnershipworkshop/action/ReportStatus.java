package org.partnershipworkshop.action;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a library's analytic report stands: not started, a draft, submitted, returned with the coordinator's
 * comment, accepted. Lateness is told apart ({@link LibraryReport#late()}): a late report is still received.
 */
public enum ReportStatus implements Coded {
    NOT_STARTED("not-started"), DRAFT("draft"), SUBMITTED("submitted"), RETURNED("returned"), ACCEPTED("accepted");

    private final String id;

    ReportStatus(String id) {
        this.id = id;
    }

    @Override
    @JsonValue
    public String id() {
        return id;
    }

    @Override
    public String group() {
        return "status";
    }

    /** Whether the library may still change the report's text: until it is submitted, and again once returned. */
    public boolean editableByLibrary() {
        return this == NOT_STARTED || this == DRAFT || this == RETURNED;
    }

    @JsonCreator
    public static ReportStatus of(String id) {
        return Coded.of(ReportStatus.class, id);
    }
}
