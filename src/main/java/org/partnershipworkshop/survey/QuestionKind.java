package org.partnershipworkshop.survey;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** What a question asks for, as the questionnaire's JSON names it. */
public enum QuestionKind {
    SINGLE("single"), SEVERAL("several"), RATING("rating"), YESNO("yesno"), SHORT("short"), LONG("long");

    private final String id;

    QuestionKind(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public boolean hasOptions() {
        return this == SINGLE || this == SEVERAL;
    }

    public boolean isText() {
        return this == SHORT || this == LONG;
    }

    /** Whether answers are counted per value (choices, ratings, yes/no) rather than listed (texts). */
    public boolean isCounted() {
        return !isText();
    }

    @JsonCreator
    public static QuestionKind of(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown question kind " + id));
    }
}
