package org.partnershipworkshop.live;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface VoteRepository extends JpaRepository<VoteEntity, Long> {

    List<VoteEntity> findByMeetingId(long meetingId);

    List<VoteEntity> findByVoterGroupId(long voterGroupId);

    Optional<VoteEntity> findByVoterGroupIdAndTargetGroupId(long voterGroupId, long targetGroupId);
}
