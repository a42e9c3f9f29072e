package org.partnershipworkshop.action;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.partnershipworkshop.base.Json;

/** An action as stored: its facts as JSON and the columns the list sorts and filters by. */
@Entity
@Table(name = "network_action")
class ActionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String language;

    @Column(nullable = false)
    private LocalDate starts;

    @Column(nullable = false)
    private LocalDate ends;

    @Column(name = "reports_due")
    private LocalDate reportsDue;

    @Column(nullable = false)
    private String content;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected ActionEntity() {
    }

    ActionEntity(Instant now, String actor) {
        this.createdAt = now;
        this.createdBy = actor;
    }

    void set(ActionFacts facts, Instant now, String actor) {
        this.title = facts.title();
        this.kind = facts.kind().id();
        this.language = facts.language().code();
        this.starts = facts.starts();
        this.ends = facts.ends();
        this.reportsDue = facts.reportsDue();
        this.content = Json.MAPPER.writeValueAsString(facts);
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    long id() {
        return id;
    }

    long version() {
        return version;
    }

    ActionFacts facts() {
        return Json.MAPPER.readValue(content, ActionFacts.class);
    }

    Instant updatedAt() {
        return updatedAt;
    }

    String updatedBy() {
        return updatedBy;
    }
}
