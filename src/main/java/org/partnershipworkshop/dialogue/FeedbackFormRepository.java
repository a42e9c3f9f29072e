package org.partnershipworkshop.dialogue;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface FeedbackFormRepository extends JpaRepository<FeedbackFormEntity, Long> {

    Optional<FeedbackFormEntity> findByMeetingId(long meetingId);

    Optional<FeedbackFormEntity> findByFormCode(String formCode);

    boolean existsByFormCode(String formCode);

    /** The form's row, locked: answers and checklist changes of one form happen one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from FeedbackFormEntity f where f.formCode = :formCode")
    Optional<FeedbackFormEntity> lockByCode(String formCode);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from FeedbackFormEntity f where f.meetingId = :meetingId")
    Optional<FeedbackFormEntity> lockByMeeting(long meetingId);
}
