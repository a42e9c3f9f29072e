package org.partnershipworkshop.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.partnershipworkshop.base.Language;

/** A practice's facts and what the list and the search derive from its passport. */
@Entity
@Table(name = "practice")
class PracticeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String language;

    private String region;

    @Column(name = "from_year")
    private Integer fromYear;

    @Column(name = "to_year")
    private Integer toYear;

    @Column(name = "target_group")
    private String targetGroup;

    @Column(name = "meeting_id")
    private Long meetingId;

    @Column(name = "presentation_id")
    private Long presentationId;

    private String title;

    @Column(name = "region_key")
    private String regionKey;

    @Column(name = "target_group_key")
    private String targetGroupKey;

    @Column(name = "search_text", nullable = false)
    private String searchText = "";

    @Column(nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected PracticeEntity() {
    }

    PracticeEntity(PracticeFacts facts, Instant at, String by) {
        this.createdAt = at;
        this.createdBy = by;
        setFacts(facts, at, by);
    }

    void setFacts(PracticeFacts facts, Instant at, String by) {
        language = facts.language().code();
        region = facts.region();
        regionKey = SearchKey.of(facts.region());
        fromYear = facts.fromYear();
        toYear = facts.toYear();
        targetGroup = facts.targetGroup();
        targetGroupKey = SearchKey.of(facts.targetGroup());
        meetingId = facts.meetingId();
        presentationId = facts.presentationId();
        version++;
        touch(at, by);
    }

    /** What the list shows and the text search looks through, derived from the facts and the sheets. */
    void setDerived(String title, String searchText) {
        this.title = title;
        this.searchText = searchText;
    }

    void touch(Instant at, String by) {
        updatedAt = at;
        updatedBy = by;
    }

    PracticeFacts facts() {
        return new PracticeFacts(Language.fromCode(language).orElseThrow(), region, fromYear, toYear, targetGroup,
                meetingId, presentationId);
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    String title() {
        return title;
    }

    Long meetingId() {
        return meetingId;
    }

    Long presentationId() {
        return presentationId;
    }

    Instant createdAt() {
        return createdAt;
    }

    String createdBy() {
        return createdBy;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    String updatedBy() {
        return updatedBy;
    }
}
