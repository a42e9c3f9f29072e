package org.partnershipworkshop.live;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One table's service on the ballot, as its canvas named it when voting opened. */
@Entity
@Table(name = "live_ballot")
class BallotEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(name = "group_id", nullable = false)
    private long groupId;

    private String headline;

    protected BallotEntryEntity() {
    }

    BallotEntryEntity(long meetingId, long groupId, String headline) {
        this.meetingId = meetingId;
        this.groupId = groupId;
        this.headline = headline;
    }

    long groupId() {
        return groupId;
    }

    String headline() {
        return headline;
    }

    void setHeadline(String headline) {
        this.headline = headline;
    }
}
