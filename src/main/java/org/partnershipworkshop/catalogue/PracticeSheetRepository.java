package org.partnershipworkshop.catalogue;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PracticeSheetRepository extends JpaRepository<PracticeSheetEntity, Long> {

    Optional<PracticeSheetEntity> findByPracticeIdAndKind(long practiceId, String kind);

    List<PracticeSheetEntity> findByPracticeIdOrderByKind(long practiceId);

    List<PracticeSheetEntity> findByPracticeIdInAndKind(Collection<Long> practiceIds, String kind);
}
