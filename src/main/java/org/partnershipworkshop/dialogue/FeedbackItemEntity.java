package org.partnershipworkshop.dialogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "feedback_item")
class FeedbackItemEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "form_id", nullable = false)
    private FeedbackFormEntity form;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String text;

    protected FeedbackItemEntity() {
    }

    FeedbackItemEntity(FeedbackFormEntity form, int position, String text) {
        this.form = form;
        this.position = position;
        this.text = text;
    }

    Long id() {
        return id;
    }

    String text() {
        return text;
    }

    void set(int position, String text) {
        this.position = position;
        this.text = text;
    }
}
