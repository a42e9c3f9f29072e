package org.partnershipworkshop.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A participant of a practice's current passport, by its normalized name: what the partner filter searches. */
@Entity
@Table(name = "practice_partner")
class PracticePartnerEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "practice_id", nullable = false)
    private long practiceId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String name;

    @Column(name = "normalized_name", nullable = false)
    private String normalizedName;

    protected PracticePartnerEntity() {
    }

    PracticePartnerEntity(long practiceId, int position, String name) {
        this.practiceId = practiceId;
        this.position = position;
        this.name = name;
        this.normalizedName = SearchKey.of(name);
    }

    long practiceId() {
        return practiceId;
    }

    String name() {
        return name;
    }
}
