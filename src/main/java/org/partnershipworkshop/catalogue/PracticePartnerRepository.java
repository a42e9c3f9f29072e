package org.partnershipworkshop.catalogue;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PracticePartnerRepository extends JpaRepository<PracticePartnerEntity, Long> {

    @Modifying
    @Query("delete from PracticePartnerEntity p where p.practiceId = :practiceId")
    void deleteByPracticeId(long practiceId);

    List<PracticePartnerEntity> findByPracticeIdInOrderByPracticeIdAscPositionAsc(Collection<Long> practiceIds);

    @Query("select min(p.name) from PracticePartnerEntity p group by p.normalizedName order by min(p.name)")
    List<String> names();
}
