package org.partnershipworkshop.action;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.partnershipworkshop.base.Json;
import tools.jackson.core.type.TypeReference;

/** A library taking part in an action: how it joined, its plan of events, where its report stands. */
@Entity
@Table(name = "action_library")
class ParticipantEntity {

    private static final TypeReference<List<LibraryEvent>> EVENTS = new TypeReference<>() {
    };

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "action_id", nullable = false)
    private long actionId;

    @Column(name = "library_id", nullable = false)
    private long libraryId;

    @Column(nullable = false)
    private String joined;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    @Column(nullable = false)
    private String events;

    @Column(name = "events_revision", nullable = false)
    private long eventsRevision;

    @Column(name = "report_status", nullable = false)
    private String reportStatus;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "review_comment")
    private String reviewComment;

    @Column
    private String figures;

    protected ParticipantEntity() {
    }

    ParticipantEntity(long actionId, long libraryId, Joined joined, Instant now) {
        this.actionId = actionId;
        this.libraryId = libraryId;
        this.joined = joined.id();
        this.joinedAt = now;
        this.events = "[]";
        this.reportStatus = ReportStatus.NOT_STARTED.id();
    }

    long id() {
        return id;
    }

    long actionId() {
        return actionId;
    }

    long libraryId() {
        return libraryId;
    }

    Joined joined() {
        return Coded.of(Joined.class, joined);
    }

    Instant joinedAt() {
        return joinedAt;
    }

    List<LibraryEvent> events() {
        return Json.MAPPER.readValue(events, EVENTS);
    }

    long eventsRevision() {
        return eventsRevision;
    }

    void setEvents(List<LibraryEvent> plan) {
        this.events = Json.MAPPER.writeValueAsString(plan);
        this.eventsRevision++;
    }

    ReportStatus status() {
        return ReportStatus.of(reportStatus);
    }

    Instant submittedAt() {
        return submittedAt;
    }

    Instant reviewedAt() {
        return reviewedAt;
    }

    String reviewedBy() {
        return reviewedBy;
    }

    String reviewComment() {
        return reviewComment;
    }

    /** The report's rule for changes: the library changes it while it is open; a coordinator always may. */
    ParticipantEntity editableBy(boolean coordinator) {
        if (!status().editableByLibrary() && !coordinator) {
            throw org.partnershipworkshop.base.ValidationFailedException.of("action.error.reportNotOpen");
        }
        return this;
    }

    void drafted() {
        if (status() == ReportStatus.NOT_STARTED) {
            reportStatus = ReportStatus.DRAFT.id();
        }
    }

    void submitted(Instant at) {
        reportStatus = ReportStatus.SUBMITTED.id();
        submittedAt = at;
    }

    /** Returned or accepted by the coordinator; the submission's time stays (it tells whether it was late). */
    void reviewed(ReportStatus outcome, String comment, Instant at, String by) {
        reportStatus = outcome.id();
        reviewComment = comment;
        reviewedAt = at;
        reviewedBy = by;
    }

    void restore(ReportStatus status, Instant submitted, Instant reviewed, String by, String comment) {
        this.reportStatus = status.id();
        this.submittedAt = submitted;
        this.reviewedAt = reviewed;
        this.reviewedBy = by;
        this.reviewComment = comment;
    }

    ReportFigures figures() {
        return figures == null ? ReportFigures.COUNTED : Json.MAPPER.readValue(figures, ReportFigures.class);
    }

    void setFigures(ReportFigures corrected) {
        this.figures = corrected.equals(ReportFigures.COUNTED) ? null : Json.MAPPER.writeValueAsString(corrected);
    }
}
