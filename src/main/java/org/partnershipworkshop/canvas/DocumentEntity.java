package org.partnershipworkshop.canvas;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The current state of one stored document (content: its template's JSON form, as {@link CanvasJson} writes it). */
@Entity
@Table(name = "document")
class DocumentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_kind", nullable = false)
    private String ownerKind;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(nullable = false)
    private String sheet;

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

    protected DocumentEntity() {
    }

    DocumentEntity(DocumentKey key, String templateId) {
        this.ownerKind = key.ownerKind();
        this.ownerId = key.ownerId();
        this.sheet = key.sheet();
        this.templateId = templateId;
    }

    void record(long revision, String content, Instant savedAt, String savedBy) {
        this.revision = revision;
        this.content = content;
        this.savedAt = savedAt;
        this.savedBy = savedBy;
    }

    Long id() {
        return id;
    }

    DocumentKey key() {
        return new DocumentKey(ownerKind, ownerId, sheet);
    }

    long ownerId() {
        return ownerId;
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
