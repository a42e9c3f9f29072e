package org.partnershipworkshop.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** Two partners a manager said are not the same; never suggested as duplicates again. */
@Entity
@Table(name = "partner_distinct")
class PartnerDistinctEntity {

    @EmbeddedId
    private Pair pair;

    protected PartnerDistinctEntity() {
    }

    PartnerDistinctEntity(long a, long b) {
        this.pair = new Pair(Math.min(a, b), Math.max(a, b));
    }

    long firstId() {
        return pair.firstId;
    }

    long secondId() {
        return pair.secondId;
    }

    @Embeddable
    static class Pair implements Serializable {

        @Column(name = "first_id")
        private long firstId;

        @Column(name = "second_id")
        private long secondId;

        protected Pair() {
        }

        Pair(long firstId, long secondId) {
            this.firstId = firstId;
            this.secondId = secondId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Pair p && p.firstId == firstId && p.secondId == secondId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(firstId, secondId);
        }
    }
}
