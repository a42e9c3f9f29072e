package org.partnershipworkshop.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One saved revision of a practice's sheet; never changed once written. */
@Entity
@Table(name = "practice_sheet_revision")
class PracticeSheetRevisionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "practice_id", nullable = false)
    private long practiceId;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private long revision;

    @Column(nullable = false)
    private String content;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "saved_by", nullable = false)
    private String savedBy;

    protected PracticeSheetRevisionEntity() {
    }

    PracticeSheetRevisionEntity(long practiceId, PracticeSheet sheet, long revision, String content, Instant savedAt,
                                String savedBy) {
        this.practiceId = practiceId;
        this.kind = sheet.id();
        this.revision = revision;
        this.content = content;
        this.savedAt = savedAt;
        this.savedBy = savedBy;
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
