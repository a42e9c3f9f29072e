package org.partnershipworkshop.meeting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WorkGroupRepository extends JpaRepository<WorkGroupEntity, Long> {

    @Query("select g from WorkGroupEntity g join fetch g.meeting where g.id = :groupId")
    java.util.Optional<WorkGroupEntity> findWithMeeting(long groupId);

    @Query("select g from WorkGroupEntity g where g.meeting.id = :meetingId order by g.number")
    List<WorkGroupEntity> findByMeeting(long meetingId);
}
