package org.partnershipworkshop.partner;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.partnershipworkshop.canvas.PartnerType;

/** A registry partner; a merged one keeps its row (with {@code merged_into}) so the merge can be undone. */
@Entity
@Table(name = "partner")
class PartnerEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    private String type;
    private String region;
    private String notes;

    @Column(name = "merged_into")
    private Long mergedInto;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "partner_alias", joinColumns = @JoinColumn(name = "partner_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", nullable = false)
    private List<String> aliases = new ArrayList<>();

    protected PartnerEntity() {
    }

    PartnerEntity(String name, Instant now) {
        this.name = name;
        this.createdAt = now;
        this.updatedAt = now;
    }

    long id() {
        return id;
    }

    String name() {
        return name;
    }

    long version() {
        return version;
    }

    Long mergedInto() {
        return mergedInto;
    }

    boolean active() {
        return mergedInto == null;
    }

    PartnerDetails details() {
        return new PartnerDetails(name, type == null ? null : PartnerType.fromId(type).orElse(null), region, notes,
                aliases);
    }

    void set(PartnerDetails details, Instant now) {
        name = details.name();
        type = details.type() == null ? null : details.type().id();
        region = details.region();
        notes = details.notes();
        aliases.clear();
        aliases.addAll(details.aliases());
        updatedAt = now;
    }

    void mergeInto(Long keptId, Instant now) {
        mergedInto = keptId;
        updatedAt = now;
    }
}
