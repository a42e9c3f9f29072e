package org.partnershipworkshop.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditEntryRepository extends JpaRepository<AuditEntryEntity, Long> {

    /** The newest entry of this very event that happened last after {@code since}, to count a repeat on. */
    java.util.Optional<AuditEntryEntity> findFirstByActorAndActionAndSubjectAndDetailAndLastAtAfterOrderByIdDesc(
            String actor, String action, String subject, String detail, java.time.Instant since);

    @Query("""
            select e from AuditEntryEntity e
            where (:text = '' or lower(e.actor) like concat('%', :text, '%') or lower(e.subject) like concat('%', :text, '%')
                   or lower(e.action) like concat('%', :text, '%') or lower(e.detail) like concat('%', :text, '%'))
            order by e.at desc, e.id desc""")
    Page<AuditEntryEntity> search(String text, Pageable page);
}
