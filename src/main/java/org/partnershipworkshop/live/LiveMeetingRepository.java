package org.partnershipworkshop.live;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface LiveMeetingRepository extends JpaRepository<LiveMeetingEntity, Long> {

    Optional<LiveMeetingEntity> findByJoinCode(String joinCode);

    boolean existsByJoinCode(String joinCode);

    /** The meeting's row, locked: votes and settings of one meeting are changed one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from LiveMeetingEntity m where m.meetingId = :meetingId")
    Optional<LiveMeetingEntity> lock(long meetingId);
}
