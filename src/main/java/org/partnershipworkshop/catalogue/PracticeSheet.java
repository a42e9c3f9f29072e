package org.partnershipworkshop.catalogue;

import java.util.Arrays;
import java.util.Optional;

/** The two canvases a practice keeps, each filled against its template from {@code workshop-templates/}. */
public enum PracticeSheet {

    /** The good-practice passport (seed 000); every practice has one. */
    PASSPORT("passport", "practice-passport"),
    /** The project card the practice was turned into (seed 001); optional. */
    PROJECT_CARD("project-card", "project-card");

    private final String id;
    private final String templateId;

    PracticeSheet(String id, String templateId) {
        this.id = id;
        this.templateId = templateId;
    }

    /** The name stored in the database and written in documents. */
    public String id() {
        return id;
    }

    public String templateId() {
        return templateId;
    }

    public static Optional<PracticeSheet> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
