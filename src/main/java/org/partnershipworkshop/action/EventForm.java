package org.partnershipworkshop.action;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The form of a library’s event for an action. */
public enum EventForm implements Coded {
    EXHIBITION("exhibition"),
    SURVEY("survey"),
    ROUND_TABLE("round-table"),
    ONLINE_POST("online-post"),
    MASTER_CLASS("master-class"),
    DISCUSSION("discussion"),
    QUIZ("quiz"),
    EXCURSION("excursion"),
    OTHER("other");

    private final String id;

    EventForm(String id) {
        this.id = id;
    }

    @Override
    @JsonValue
    public String id() {
        return id;
    }

    @Override
    public String group() {
        return "form";
    }

    @JsonCreator
    public static EventForm of(String id) {
        return Coded.of(EventForm.class, id);
    }
}
