package org.partnershipworkshop.canvas;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DocumentRevisionRepository extends JpaRepository<DocumentRevisionEntity, Long> {

    /** Every revision of the document, oldest first. */
    @Query("select r from DocumentRevisionEntity r where r.documentId = :documentId order by r.state.revision")
    List<DocumentRevisionEntity> history(long documentId);

    /** The revisions saved after {@code revision}, oldest first. */
    @Query("""
            select r from DocumentRevisionEntity r
            where r.documentId = :documentId and r.state.revision > :revision order by r.state.revision""")
    List<DocumentRevisionEntity> after(long documentId, long revision);

    @Query("select r from DocumentRevisionEntity r where r.documentId = :documentId and r.state.revision = :revision")
    Optional<DocumentRevisionEntity> revision(long documentId, long revision);

    @Modifying
    @Query("delete from DocumentRevisionEntity r where r.documentId = :documentId")
    void deleteByDocumentId(long documentId);
}
