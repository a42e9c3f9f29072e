package org.partnershipworkshop.live;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A bearer token of the API, stored only as its SHA-256 hash: a leaked database names no usable token. */
@Entity
@Table(name = "live_seat_token")
class SeatTokenEntity {

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(name = "group_id", nullable = false)
    private long groupId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected SeatTokenEntity() {
    }

    SeatTokenEntity(String tokenHash, long meetingId, long groupId, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.meetingId = meetingId;
        this.groupId = groupId;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    long meetingId() {
        return meetingId;
    }

    long groupId() {
        return groupId;
    }

    Instant expiresAt() {
        return expiresAt;
    }
}
