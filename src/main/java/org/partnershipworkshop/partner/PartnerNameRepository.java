package org.partnershipworkshop.partner;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartnerNameRepository extends JpaRepository<PartnerNameEntity, String> {

    List<PartnerNameEntity> findByPartnerId(long partnerId);
}
