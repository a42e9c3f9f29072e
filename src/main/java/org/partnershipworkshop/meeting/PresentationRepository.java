package org.partnershipworkshop.meeting;

import org.springframework.data.jpa.repository.JpaRepository;

interface PresentationRepository extends JpaRepository<PresentationEntity, Long> {
}
