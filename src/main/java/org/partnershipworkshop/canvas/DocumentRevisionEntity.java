package org.partnershipworkshop.canvas;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One saved revision of a document, with the template it was written against; never changed once written.
 */
@Entity
@Table(name = "document_revision")
class DocumentRevisionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "document_id", nullable = false)
    private long documentId;

    @Column(nullable = false)
    private long revision;

    @Column(name = "template_id", nullable = false)
    private String templateId;

    @Column(nullable = false)
    private String content;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "saved_by", nullable = false)
    private String savedBy;

    protected DocumentRevisionEntity() {
    }

    DocumentRevisionEntity(long documentId, long revision, String templateId, String content, Instant savedAt,
                           String savedBy) {
        this.documentId = documentId;
        this.revision = revision;
        this.templateId = templateId;
        this.content = content;
        this.savedAt = savedAt;
        this.savedBy = savedBy;
    }

    long revision() {
        return revision;
    }

    String templateId() {
        return templateId;
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
