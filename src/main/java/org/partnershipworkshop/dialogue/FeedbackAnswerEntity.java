package org.partnershipworkshop.dialogue;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** One device's answer to one form; the device is known only by a salted hash of its key. */
@Entity
@Table(name = "feedback_answer")
class FeedbackAnswerEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "form_id", nullable = false)
    private Long formId;

    @Column(name = "device_hash", nullable = false)
    private String deviceHash;

    private Integer rating;

    private String comment;

    @ElementCollection
    @CollectionTable(name = "feedback_answer_choice", joinColumns = @JoinColumn(name = "answer_id"))
    @Column(name = "item_id", nullable = false)
    private Set<Long> choices = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected FeedbackAnswerEntity() {
    }

    FeedbackAnswerEntity(long formId, String deviceHash, Instant now) {
        this.formId = formId;
        this.deviceHash = deviceHash;
        this.createdAt = now;
    }

    void set(Answer answer, Instant now) {
        choices.clear();
        choices.addAll(answer.choices());
        rating = answer.rating();
        comment = answer.comment();
        updatedAt = now;
    }

    /** Restores an answer from a backup exactly as it was, times included. */
    void restore(Answer answer, Instant created, Instant updated) {
        set(answer, updated);
        createdAt = created;
    }

    Long id() {
        return id;
    }

    String deviceHash() {
        return deviceHash;
    }

    Answer toAnswer() {
        return new Answer(choices, rating, comment);
    }

    Set<Long> choices() {
        return choices;
    }

    Integer rating() {
        return rating;
    }

    String comment() {
        return comment;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
