package org.partnershipworkshop.live;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SeatTokenRepository extends JpaRepository<SeatTokenEntity, String> {

    @Modifying
    @Query("delete from SeatTokenEntity t where t.meetingId = :meetingId")
    void deleteByMeetingId(long meetingId);

    @Modifying
    @Query("delete from SeatTokenEntity t where t.expiresAt < :now")
    void deleteExpired(Instant now);
}
