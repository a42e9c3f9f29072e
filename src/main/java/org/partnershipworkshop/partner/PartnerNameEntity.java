package org.partnershipworkshop.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A normalized name written on canvases and the one partner it links to. */
@Entity
@Table(name = "partner_name")
class PartnerNameEntity {

    @Id
    @Column(name = "normalized_name")
    private String normalizedName;

    @Column(name = "partner_id", nullable = false)
    private long partnerId;

    /** The name as first written. */
    @Column(nullable = false)
    private String spelling;

    protected PartnerNameEntity() {
    }

    PartnerNameEntity(String normalizedName, long partnerId, String spelling) {
        this.normalizedName = normalizedName;
        this.partnerId = partnerId;
        this.spelling = spelling;
    }

    String normalizedName() {
        return normalizedName;
    }

    long partnerId() {
        return partnerId;
    }

    String spelling() {
        return spelling;
    }

    void moveTo(long partnerId) {
        this.partnerId = partnerId;
    }
}
