package org.partnershipworkshop.canvas;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One saved revision of a document, with the template it was written against; never changed once written. */
@Entity
@Table(name = "document_revision")
class DocumentRevisionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "document_id", nullable = false)
    private long documentId;

    @Embedded
    private DocumentState state;

    protected DocumentRevisionEntity() {
    }

    DocumentRevisionEntity(long documentId, DocumentState state) {
        this.documentId = documentId;
        this.state = state;
    }

    DocumentState state() {
        return state;
    }
}
