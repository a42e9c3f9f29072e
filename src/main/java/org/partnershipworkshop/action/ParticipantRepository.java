package org.partnershipworkshop.action;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ParticipantRepository extends JpaRepository<ParticipantEntity, Long> {

    List<ParticipantEntity> findByActionId(long actionId);

    List<ParticipantEntity> findByLibraryId(long libraryId);

    Optional<ParticipantEntity> findByActionIdAndLibraryId(long actionId, long libraryId);

    boolean existsByActionIdAndLibraryId(long actionId, long libraryId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from ParticipantEntity p where p.actionId = :actionId and p.libraryId = :libraryId")
    Optional<ParticipantEntity> lock(long actionId, long libraryId);
}
