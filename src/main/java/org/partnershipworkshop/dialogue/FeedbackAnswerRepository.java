package org.partnershipworkshop.dialogue;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FeedbackAnswerRepository extends JpaRepository<FeedbackAnswerEntity, Long> {

    Optional<FeedbackAnswerEntity> findByFormIdAndDeviceHash(long formId, String deviceHash);

    long countByFormId(long formId);

    List<FeedbackAnswerEntity> findByFormIdOrderById(long formId);

    /** Checklist line id → how many answers chose it. */
    @Query("select c, count(a) from FeedbackAnswerEntity a join a.choices c where a.formId = :formId group by c")
    List<Object[]> choiceCounts(long formId);

    /** Rating → how many answers gave it. */
    @Query("""
            select a.rating, count(a) from FeedbackAnswerEntity a
            where a.formId = :formId and a.rating is not null group by a.rating""")
    List<Object[]> ratingCounts(long formId);

    @Query("""
            select a.comment from FeedbackAnswerEntity a
            where a.formId = :formId and a.comment is not null order by a.createdAt, a.id""")
    List<String> comments(long formId);
}
