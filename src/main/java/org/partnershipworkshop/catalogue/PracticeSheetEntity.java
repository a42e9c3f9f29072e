package org.partnershipworkshop.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The current state of a practice's passport or project card (content: the template's canvas JSON). */
@Entity
@Table(name = "practice_sheet")
class PracticeSheetEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "practice_id", nullable = false)
    private long practiceId;

    @Column(nullable = false)
    private String kind;

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

    protected PracticeSheetEntity() {
    }

    PracticeSheetEntity(long practiceId, PracticeSheet sheet) {
        this.practiceId = practiceId;
        this.kind = sheet.id();
        this.templateId = sheet.templateId();
    }

    void record(long revision, String content, Instant savedAt, String savedBy) {
        this.revision = revision;
        this.content = content;
        this.savedAt = savedAt;
        this.savedBy = savedBy;
    }

    long practiceId() {
        return practiceId;
    }

    PracticeSheet sheet() {
        return PracticeSheet.fromId(kind).orElseThrow(() -> new IllegalStateException("unknown sheet kind " + kind));
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
