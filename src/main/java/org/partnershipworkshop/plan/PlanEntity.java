package org.partnershipworkshop.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A stored plan: its workshop-plan/1 document and what the list and the access rule derive from it. */
@Entity
@Table(name = "work_plan")
class PlanEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String organisation;

    private String department;

    @Column(name = "plan_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String language;

    @Column(nullable = false)
    private String status;

    @Column(nullable = false)
    private String editors;

    @Column(name = "row_count", nullable = false)
    private int rowCount;

    @Column(nullable = false)
    private String content;

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

    protected PlanEntity() {
    }

    PlanEntity(Instant now, String by, long versionBefore) {
        version = versionBefore;
        createdAt = now;
        createdBy = by;
    }

    void set(Plan plan, String document, Instant now, String by) {
        organisation = plan.header().organisation();
        department = plan.header().department();
        year = plan.year();
        title = plan.header().title();
        language = plan.header().language().code();
        status = plan.status().name();
        editors = String.join("\n", plan.staff().stream().map(StaffMember::account).filter(a -> a != null).distinct().toList());
        rowCount = (int) plan.rows().count();
        content = document;
        version++;
        updatedAt = now;
        updatedBy = by;
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    String content() {
        return content;
    }

    List<String> editors() {
        return editors.isEmpty() ? List.of() : Arrays.asList(editors.split("\n"));
    }

    PlanSummary summary() {
        return new PlanSummary(id, organisation, department, year, title,
                org.partnershipworkshop.base.Language.fromCode(language).orElseThrow(), PlanStatus.valueOf(status),
                rowCount, updatedAt, updatedBy);
    }

    Instant updatedAt() {
        return updatedAt;
    }

    String updatedBy() {
        return updatedBy;
    }
}
