package org.partnershipworkshop.canvas;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The current state of one group's canvas (content in meeting-v1 JSON). */
@Entity
@Table(name = "canvas")
class CanvasEntity {

    @Id
    @Column(name = "group_id")
    private Long groupId;

    @Column(name = "template_id", nullable = false)
    private String templateId;

    @Column(nullable = false)
    private long revision;

    @Column(nullable = false)
    private String content;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "saved_by", nullable = false)
    private String savedBy;

    protected CanvasEntity() {
    }

    CanvasEntity(long groupId, String templateId) {
        this.groupId = groupId;
        this.templateId = templateId;
    }

    void record(long revision, String content, Instant savedAt, String savedBy) {
        this.revision = revision;
        this.content = content;
        this.savedAt = savedAt;
        this.savedBy = savedBy;
    }

    Long groupId() {
        return groupId;
    }

    String templateId() {
        return templateId;
    }

    long revision() {
        return revision;
    }

    String content() {
        return content;
    }

    Instant savedAt() {
        return savedAt;
    }

    String savedBy() {
        return savedBy;
    }
}
