package org.partnershipworkshop.security;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** An address (as a hash) an account signed in from, and when last. */
@Entity
@Table(name = "sign_in_address")
class SignInAddressEntity {

    @Embeddable
    record Key(@Column(name = "account") String account, @Column(name = "address_hash") String addressHash)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(name = "last_success", nullable = false)
    private Instant lastSuccess;

    protected SignInAddressEntity() {
    }

    SignInAddressEntity(Key key, Instant lastSuccess) {
        this.key = key;
        this.lastSuccess = lastSuccess;
    }

    Instant lastSuccess() {
        return lastSuccess;
    }

    void succeeded(Instant when) {
        lastSuccess = when;
    }
}
