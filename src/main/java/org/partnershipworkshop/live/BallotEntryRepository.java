package org.partnershipworkshop.live;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BallotEntryRepository extends JpaRepository<BallotEntryEntity, Long> {

    List<BallotEntryEntity> findByMeetingId(long meetingId);
}
