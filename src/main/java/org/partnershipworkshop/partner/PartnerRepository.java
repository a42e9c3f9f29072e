package org.partnershipworkshop.partner;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PartnerRepository extends JpaRepository<PartnerEntity, Long> {

    @Query("select distinct p from PartnerEntity p left join fetch p.aliases order by p.id")
    List<PartnerEntity> findAllWithAliases();
}
