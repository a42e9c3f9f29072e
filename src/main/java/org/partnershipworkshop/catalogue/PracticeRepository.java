package org.partnershipworkshop.catalogue;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PracticeRepository extends JpaRepository<PracticeEntity, Long>, JpaSpecificationExecutor<PracticeEntity> {

    /** The practice, locked for this transaction so two saves of one practice queue up instead of racing. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from PracticeEntity p where p.id = :id")
    Optional<PracticeEntity> lockById(long id);

    List<PracticeEntity> findByMeetingIdOrderById(long meetingId);

    List<PracticeEntity> findAllByOrderById();

    @Query("select distinct p.region from PracticeEntity p where p.region is not null")
    List<String> regions();

    @Query("select distinct p.targetGroup from PracticeEntity p where p.targetGroup is not null")
    List<String> targetGroups();
}
