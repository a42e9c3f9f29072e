package org.partnershipworkshop.catalogue;

import java.util.Arrays;
import java.util.Optional;
import org.partnershipworkshop.canvas.DocumentKey;

/**
 * The two documents a practice keeps, each filled against its template from {@code workshop-templates/} and
 * stored with every revision in the document store as owner {@code practice}, sheet {@link #id()}.
 */
public enum PracticeSheet {

    /** The good-practice passport (seed 000); every practice has one. */
    PASSPORT("passport", "practice-passport"),
    /** The project card the practice was turned into (seed 001); optional. */
    PROJECT_CARD("project-card", "project-card");

    /** The owner kind of a practice's sheets in the document store. */
    static final String OWNER = "practice";

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

    /** The stored document that is this sheet of the practice. */
    public DocumentKey key(long practiceId) {
        return new DocumentKey(OWNER, practiceId, id);
    }

    public static Optional<PracticeSheet> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
