package org.partnershipworkshop.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface InvitationRepository extends JpaRepository<InvitationEntity, Long> {

    Optional<InvitationEntity> findByTokenHash(String tokenHash);

    List<InvitationEntity> findByAccountIdOrderByIdDesc(long accountId);

    List<InvitationEntity> findByAccountIdIn(List<Long> accountIds);
}
