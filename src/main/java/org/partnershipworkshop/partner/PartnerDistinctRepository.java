package org.partnershipworkshop.partner;

import org.springframework.data.jpa.repository.JpaRepository;

interface PartnerDistinctRepository extends JpaRepository<PartnerDistinctEntity, PartnerDistinctEntity.Pair> {
}
