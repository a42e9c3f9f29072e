package org.partnershipworkshop.plan;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PlanRepository extends JpaRepository<PlanEntity, Long> {

    @Query("select p from PlanEntity p order by p.year desc, p.organisation, p.department, p.id")
    List<PlanEntity> listed();

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from PlanEntity p where p.id = :id")
    Optional<PlanEntity> lock(long id);
}
