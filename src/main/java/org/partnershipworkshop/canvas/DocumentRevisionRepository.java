package org.partnershipworkshop.canvas;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DocumentRevisionRepository extends JpaRepository<DocumentRevisionEntity, Long> {

    List<DocumentRevisionEntity> findByDocumentIdOrderByRevision(long documentId);

    List<DocumentRevisionEntity> findByDocumentIdAndRevisionGreaterThanOrderByRevision(long documentId, long revision);

    Optional<DocumentRevisionEntity> findByDocumentIdAndRevision(long documentId, long revision);

    @Modifying
    @Query("delete from DocumentRevisionEntity r where r.documentId = :documentId")
    void deleteByDocumentId(long documentId);
}
