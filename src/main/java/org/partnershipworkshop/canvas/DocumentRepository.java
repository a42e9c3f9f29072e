package org.partnershipworkshop.canvas;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DocumentRepository extends JpaRepository<DocumentEntity, Long> {

    Optional<DocumentEntity> findByOwnerKindAndOwnerIdAndSheet(String ownerKind, long ownerId, String sheet);

    /** The document, locked for this transaction so two saves of one document queue up instead of racing. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from DocumentEntity d where d.ownerKind = :ownerKind and d.ownerId = :ownerId and d.sheet = :sheet")
    Optional<DocumentEntity> lock(String ownerKind, long ownerId, String sheet);

    List<DocumentEntity> findByOwnerKindAndSheetAndOwnerIdIn(String ownerKind, String sheet, Collection<Long> ownerIds);

    @Query("""
            select d.ownerId from DocumentEntity d
            where d.ownerKind = :ownerKind and d.sheet = :sheet and d.ownerId in :ownerIds""")
    List<Long> ownersWith(String ownerKind, String sheet, Collection<Long> ownerIds);

    @Query("select d.id from DocumentEntity d where d.ownerKind = :ownerKind and d.ownerId = :ownerId and d.sheet = :sheet")
    Optional<Long> idOf(String ownerKind, long ownerId, String sheet);
}
