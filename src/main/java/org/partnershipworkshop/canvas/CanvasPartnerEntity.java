package org.partnershipworkshop.canvas;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A partner entry of a current canvas, indexed by its normalized name. */
@Entity
@Table(name = "canvas_partner")
class CanvasPartnerEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_id", nullable = false)
    private long groupId;

    @Column(name = "field_id", nullable = false)
    private String fieldId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String name;

    @Column(name = "normalized_name", nullable = false)
    private String normalizedName;

    private String type;

    private String role;

    protected CanvasPartnerEntity() {
    }

    CanvasPartnerEntity(long groupId, String fieldId, int position, PartnerEntry entry) {
        this.groupId = groupId;
        this.fieldId = fieldId;
        this.position = position;
        this.name = entry.name();
        this.normalizedName = PartnerNames.normalize(entry.name());
        this.type = entry.type() == null ? null : entry.type().id();
        this.role = entry.role();
    }

    long groupId() {
        return groupId;
    }

    String name() {
        return name;
    }

    String type() {
        return type;
    }

    String role() {
        return role;
    }
}
