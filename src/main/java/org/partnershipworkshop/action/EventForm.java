package org.partnershipworkshop.action;

/** The form of a library’s event for an action. */
public enum EventForm implements Coded {
    EXHIBITION,
    SURVEY,
    ROUND_TABLE,
    ONLINE_POST,
    MASTER_CLASS,
    DISCUSSION,
    QUIZ,
    EXCURSION,
    OTHER;

    @Override
    public String group() {
        return "form";
    }
}
