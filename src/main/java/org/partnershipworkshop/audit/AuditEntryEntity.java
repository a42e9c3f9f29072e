package org.partnershipworkshop.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "audit_entry")
class AuditEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String action;

    @Column(nullable = false)
    private String subject;

    private String detail;

    @Column(nullable = false)
    private int repeats = 1;

    @Column(name = "last_at")
    private Instant lastAt;

    protected AuditEntryEntity() {
    }

    AuditEntryEntity(Instant at, String actor, String action, String subject, String detail) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.subject = subject;
        this.detail = detail;
        this.lastAt = at;
    }

    /** The same event happened once more. */
    void repeated(Instant when) {
        repeats++;
        lastAt = when;
    }

    AuditEntry toEntry() {
        return new AuditEntry(id, at, actor, action, subject, detail, repeats, lastAt == null ? at : lastAt);
    }
}
