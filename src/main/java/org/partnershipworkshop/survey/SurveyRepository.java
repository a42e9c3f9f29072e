package org.partnershipworkshop.survey;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SurveyRepository extends JpaRepository<SurveyEntity, Long> {

    Optional<SurveyEntity> findByCode(String code);

    boolean existsByCode(String code);

    @Query("select s from SurveyEntity s where s.ownerKind = :kind and s.ownerId = :id")
    Optional<SurveyEntity> findByOwner(String kind, long id);

    /** Answers of one survey are saved one after the other: one device's two parallel answers cannot both insert. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from SurveyEntity s where s.code = :code")
    Optional<SurveyEntity> lockByCode(String code);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from SurveyEntity s where s.ownerKind = :kind and s.ownerId = :id")
    Optional<SurveyEntity> lockByOwner(String kind, long id);
}
