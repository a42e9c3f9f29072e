package org.partnershipworkshop.canvas;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * One saved state of a document as stored: its revision number, the template it was written against, the
 * content (the template's JSON form), when and by whom. The current state of a {@link DocumentEntity} and
 * each {@link DocumentRevisionEntity} hold one.
 */
@Embeddable
record DocumentState(
        @Column(nullable = false) long revision,
        @Column(name = "template_id", nullable = false) String templateId,
        @Column(nullable = false) String content,
        @Column(name = "saved_at", nullable = false) Instant savedAt,
        @Column(name = "saved_by", nullable = false) String savedBy) {
}
