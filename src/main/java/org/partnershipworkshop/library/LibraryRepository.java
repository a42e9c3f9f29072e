package org.partnershipworkshop.library;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface LibraryRepository extends JpaRepository<LibraryEntity, Long> {

    Optional<LibraryEntity> findByKey(String key);

    List<LibraryEntity> findByKeyIn(Collection<String> keys);

    List<LibraryEntity> findByParentIdOrderByName(long parentId);

    boolean existsByKey(String key);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from LibraryEntity l where l.id = :id")
    Optional<LibraryEntity> lock(long id);
}
