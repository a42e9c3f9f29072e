package org.partnershipworkshop.canvas;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CanvasRevisionRepository extends JpaRepository<CanvasRevisionEntity, Long> {

    List<CanvasRevisionEntity> findByGroupIdOrderByRevision(long groupId);

    Optional<CanvasRevisionEntity> findByGroupIdAndRevision(long groupId, long revision);

    void deleteByGroupId(long groupId);
}
