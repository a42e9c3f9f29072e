package org.partnershipworkshop.canvas;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CanvasRepository extends JpaRepository<CanvasEntity, Long> {

    /** The canvas, locked for this transaction so two saves of one canvas queue up instead of racing. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from CanvasEntity c where c.groupId = :groupId")
    Optional<CanvasEntity> lockByGroupId(long groupId);

    List<CanvasEntity> findByGroupIdIn(Collection<Long> groupIds);
}
