package org.partnershipworkshop.canvas;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One saved revision of a canvas; never changed once written. */
@Entity
@Table(name = "canvas_revision")
class CanvasRevisionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_id", nullable = false)
    private long groupId;

    @Column(nullable = false)
    private long revision;

    @Column(nullable = false)
    private String content;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "saved_by", nullable = false)
    private String savedBy;

    protected CanvasRevisionEntity() {
    }

    CanvasRevisionEntity(long groupId, long revision, String content, Instant savedAt, String savedBy) {
        this.groupId = groupId;
        this.revision = revision;
        this.content = content;
        this.savedAt = savedAt;
        this.savedBy = savedBy;
    }

    long groupId() {
        return groupId;
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
