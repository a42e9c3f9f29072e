package org.partnershipworkshop.meeting;

import org.springframework.data.jpa.repository.JpaRepository;

interface SessionRepository extends JpaRepository<SessionEntity, Long> {
}
