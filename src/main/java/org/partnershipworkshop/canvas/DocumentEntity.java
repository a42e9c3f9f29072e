package org.partnershipworkshop.canvas;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stored document, named by its owner, with its current state. */
@Entity
@Table(name = "document")
class DocumentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_kind", nullable = false)
    private String ownerKind;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(nullable = false)
    private String sheet;

    @Embedded
    private DocumentState state;

    protected DocumentEntity() {
    }

    DocumentEntity(DocumentKey key) {
        this.ownerKind = key.ownerKind();
        this.ownerId = key.ownerId();
        this.sheet = key.sheet();
    }

    void record(DocumentState state) {
        this.state = state;
    }

    Long id() {
        return id;
    }

    DocumentKey key() {
        return new DocumentKey(ownerKind, ownerId, sheet);
    }

    long ownerId() {
        return ownerId;
    }

    DocumentState state() {
        return state;
    }
}
