package org.partnershipworkshop.interchange;

/** The meeting interchange format, version 1: constants shared by reader and writer. */
public final class MeetingDocument {

    public static final String FORMAT = "workshop-meeting/1";
    public static final String MEDIA_TYPE = "application/json";

    private MeetingDocument() {
    }
}
