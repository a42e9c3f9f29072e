package org.partnershipworkshop.partner;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PartnerMergeRepository extends JpaRepository<PartnerMergeEntity, Long> {

    @Query("select m from PartnerMergeEntity m order by m.mergedAt desc, m.id desc")
    List<PartnerMergeEntity> findLatest(Pageable page);

    /** The merge that currently holds this partner merged into another (at most one is not undone). */
    @Query("select m from PartnerMergeEntity m where m.mergedId = :mergedId and m.undoneAt is null")
    List<PartnerMergeEntity> findActiveByMergedId(long mergedId);
}
