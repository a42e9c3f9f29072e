package org.partnershipworkshop.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** A library of the registry; never deleted (others refer to it), archived instead. */
@Entity
@Table(name = "library")
class LibraryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "library_key", nullable = false, unique = true)
    private String key;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LibraryKind kind;

    @Column(name = "parent_id")
    private Long parentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "municipality_kind")
    private MunicipalityKind municipalityKind;

    private String municipality;

    @Column(nullable = false)
    private String region;

    private String address;
    private String email;
    private String phone;
    private String website;

    @Column(nullable = false)
    private boolean archived;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected LibraryEntity() {
    }

    LibraryEntity(LibraryFacts facts, Instant now, String actor) {
        this.createdAt = now;
        set(facts, now, actor);
    }

    long id() {
        return id;
    }

    String key() {
        return key;
    }

    String name() {
        return name;
    }

    Long parentId() {
        return parentId;
    }

    boolean archived() {
        return archived;
    }

    long version() {
        return version;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    String updatedBy() {
        return updatedBy;
    }

    LibraryFacts facts() {
        return new LibraryFacts(key, name, kind, parentId,
                municipalityKind == null ? null : new Municipality(municipalityKind, municipality),
                region, address, email, phone, website);
    }

    /** Writes the facts; answers whether anything changed (an unchanged re-import writes nothing). */
    boolean set(LibraryFacts facts, Instant now, String actor) {
        if (id != null && facts.equals(facts())) {
            return false;
        }
        this.key = facts.key();
        this.name = facts.name();
        this.kind = facts.kind();
        this.parentId = facts.parentId();
        this.municipalityKind = facts.municipality() == null ? null : facts.municipality().kind();
        this.municipality = facts.municipality() == null ? null : facts.municipality().name();
        this.region = facts.region();
        this.address = facts.address();
        this.email = facts.email();
        this.phone = facts.phone();
        this.website = facts.website();
        touch(now, actor);
        return true;
    }

    boolean setArchived(boolean archived, Instant now, String actor) {
        if (this.archived == archived) {
            return false;
        }
        this.archived = archived;
        touch(now, actor);
        return true;
    }

    boolean setParent(Long parentId, Instant now, String actor) {
        if (Objects.equals(this.parentId, parentId)) {
            return false;
        }
        this.parentId = parentId;
        touch(now, actor);
        return true;
    }

    private void touch(Instant now, String actor) {
        this.updatedAt = now;
        this.updatedBy = actor;
    }
}
