package org.partnershipworkshop.catalogue;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PracticeSheetRevisionRepository extends JpaRepository<PracticeSheetRevisionEntity, Long> {

    List<PracticeSheetRevisionEntity> findByPracticeIdAndKindOrderByRevision(long practiceId, String kind);

    Optional<PracticeSheetRevisionEntity> findByPracticeIdAndKindAndRevision(long practiceId, String kind, long revision);
}
