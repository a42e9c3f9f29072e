package org.partnershipworkshop.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.partnershipworkshop.base.Json;
import org.partnershipworkshop.base.Language;

/** A survey as stored: its code, owner, title, language, questionnaire (JSON), last day and whether it is open. */
@Entity
@Table(name = "survey")
class SurveyEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(name = "owner_kind", nullable = false)
    private String ownerKind;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String language;

    @Column(nullable = false)
    private String questionnaire;

    @Column(name = "last_day")
    private LocalDate lastDay;

    @Column(name = "is_open", nullable = false)
    private boolean open;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SurveyEntity() {
    }

    SurveyEntity(FormCode code, SurveyOwner owner, Instant createdAt) {
        this.code = code.value();
        this.ownerKind = owner.kind();
        this.ownerId = owner.id();
        this.createdAt = createdAt;
        this.open = true;
    }

    void set(String title, Language language, Questionnaire questionnaire, LocalDate lastDay) {
        this.title = title;
        this.language = language.code();
        this.questionnaire = Json.MAPPER.writeValueAsString(questionnaire);
        this.lastDay = lastDay;
    }

    void setCode(FormCode code) {
        this.code = code.value();
    }

    void setOpen(boolean open) {
        this.open = open;
    }

    long id() {
        return id;
    }

    FormCode code() {
        return new FormCode(code);
    }

    SurveyOwner owner() {
        return new SurveyOwner(ownerKind, ownerId);
    }

    String title() {
        return title;
    }

    Language language() {
        return Language.fromCode(language).orElse(Language.EN);
    }

    Questionnaire questionnaire() {
        return Json.MAPPER.readValue(questionnaire, Questionnaire.class);
    }

    LocalDate lastDay() {
        return lastDay;
    }

    boolean open() {
        return open;
    }

    /** Whether it takes answers on {@code today}: open, and not past its last day. */
    boolean takesAnswers(LocalDate today) {
        return open && (lastDay == null || !today.isAfter(lastDay));
    }
}
