package org.partnershipworkshop.live;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The dots one table gave another table's service. */
@Entity
@Table(name = "live_vote")
class VoteEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(name = "voter_group_id", nullable = false)
    private long voterGroupId;

    @Column(name = "target_group_id", nullable = false)
    private long targetGroupId;

    @Column(nullable = false)
    private int dots;

    protected VoteEntity() {
    }

    VoteEntity(long meetingId, long voterGroupId, long targetGroupId) {
        this.meetingId = meetingId;
        this.voterGroupId = voterGroupId;
        this.targetGroupId = targetGroupId;
    }

    long voterGroupId() {
        return voterGroupId;
    }

    long targetGroupId() {
        return targetGroupId;
    }

    int dots() {
        return dots;
    }

    void setDots(int dots) {
        this.dots = dots;
    }
}
