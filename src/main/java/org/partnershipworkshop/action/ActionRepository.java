package org.partnershipworkshop.action;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ActionRepository extends JpaRepository<ActionEntity, Long> {

    @Query("select a from ActionEntity a order by a.starts desc, a.id desc")
    List<ActionEntity> newestFirst();

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from ActionEntity a where a.id = :id")
    Optional<ActionEntity> lock(long id);
}
