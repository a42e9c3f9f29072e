package org.partnershipworkshop.partner;

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

/** One merge: which partner was merged into which, when, by whom, and the names it moved. */
@Entity
@Table(name = "partner_merge")
class PartnerMergeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "kept_id", nullable = false)
    private long keptId;

    @Column(name = "merged_id", nullable = false)
    private long mergedId;

    @Column(name = "merged_at", nullable = false)
    private Instant mergedAt;

    @Column(name = "merged_by", nullable = false)
    private String mergedBy;

    @Column(name = "undone_at")
    private Instant undoneAt;

    @Column(name = "undone_by")
    private String undoneBy;

    @ElementCollection
    @CollectionTable(name = "partner_merge_name", joinColumns = @JoinColumn(name = "merge_id"))
    @Column(name = "normalized_name", nullable = false)
    private Set<String> movedNames = new HashSet<>();

    protected PartnerMergeEntity() {
    }

    PartnerMergeEntity(long keptId, long mergedId, Set<String> movedNames, Instant at, String by) {
        this.keptId = keptId;
        this.mergedId = mergedId;
        this.movedNames.addAll(movedNames);
        this.mergedAt = at;
        this.mergedBy = by;
    }

    long id() {
        return id;
    }

    long keptId() {
        return keptId;
    }

    long mergedId() {
        return mergedId;
    }

    Set<String> movedNames() {
        return movedNames;
    }

    boolean undone() {
        return undoneAt != null;
    }

    void undo(Instant at, String by) {
        undoneAt = at;
        undoneBy = by;
    }

    PartnerMerge toRecord(String keptName, String mergedName, boolean keptActive) {
        return new PartnerMerge(id, keptId, keptName, mergedId, mergedName, mergedAt, mergedBy, undoneAt, undoneBy,
                undoneAt == null && keptActive);
    }
}
