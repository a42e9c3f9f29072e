package org.partnershipworkshop.action;

import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.partnershipworkshop.audit.AuditService;
import org.partnershipworkshop.base.Access;
import org.partnershipworkshop.base.Actor;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.NotFoundException;
import org.partnershipworkshop.base.Roles;
import org.partnershipworkshop.base.Rules;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.canvas.Canvas;
import org.partnershipworkshop.canvas.CanvasEdit;
import org.partnershipworkshop.canvas.DocumentRules;
import org.partnershipworkshop.canvas.DocumentSnapshot;
import org.partnershipworkshop.canvas.DocumentStore;
import org.partnershipworkshop.canvas.SaveResult;
import org.partnershipworkshop.library.LibraryRef;
import org.partnershipworkshop.library.LibraryService;
import org.partnershipworkshop.survey.SurveyService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each library's analytic report (seed 004, 8.2): its text a revisioned document of the one store, saved as it is
 * typed (every change a revision, nothing lost, no silent overwrite), its figures, and its way: submitted by the
 * library (after the due day too, marked late), returned with a comment or accepted by the coordinator. The
 * library changes the text until it submits and again once it is returned; a coordinator always may. Every step
 * is in the audit log.
 */
@Service
public class ReportService {

    private final ParticipantRepository participants;
    private final ActionRepository actions;
    private final DocumentStore documents;
    private final LibraryService libraries;
    private final SurveyService surveys;
    private final AuditService audit;
    private final Clock clock;

    ReportService(ParticipantRepository participants, ActionRepository actions, DocumentStore documents,
                  LibraryService libraries, SurveyService surveys, AuditService audit, Optional<Clock> clock) {
        this.participants = participants;
        this.actions = actions;
        this.documents = documents;
        this.libraries = libraries;
        this.surveys = surveys;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional(readOnly = true)
    @PreAuthorize(ActionAccess.READ_OWN)
    public LibraryReport report(long actionId, long libraryId) {
        ParticipantEntity row = row(actionId, libraryId);
        return report(row, facts(actionId), libraries.refs(List.of(libraryId)).get(libraryId),
                surveys.answerCounts(Participation.survey(actionId)).getOrDefault(libraryId, 0L));
    }

    /** Every library's report, by municipality and library (the coordinator's list, the summary). */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public List<LibraryReport> reports(long actionId) {
        ActionFacts facts = facts(actionId);
        List<ParticipantEntity> rows = participants.findByActionId(actionId);
        Map<Long, LibraryRef> refs = libraries.refs(rows.stream().map(ParticipantEntity::libraryId).toList());
        Map<Long, Long> answers = surveys.answerCounts(Participation.survey(actionId));
        Map<Long, DocumentSnapshot> texts = documents.current(Participation.REPORT_OWNER, Participation.REPORT_SHEET,
                rows.stream().map(ParticipantEntity::id).toList());
        List<LibraryReport> reports = new ArrayList<>();
        for (ParticipantEntity row : rows) {
            reports.add(report(row, facts, refs.get(row.libraryId()), answers.getOrDefault(row.libraryId(), 0L), texts.get(row.id())));
        }
        reports.sort(Comparator.comparing((LibraryReport r) -> r.municipality() == null ? "" : r.municipality())
                .thenComparing(LibraryReport::library));
        return reports;
    }

    // --- the text, for the board editor (DocumentSource) and the API

    @Transactional(readOnly = true)
    @PreAuthorize(ActionAccess.READ_OWN)
    public DocumentSnapshot text(long actionId, long libraryId) {
        return documents.current(Participation.report(row(actionId, libraryId).id()));
    }

    @Transactional
    @PreAuthorize(ActionAccess.EDIT_OWN)
    public SaveResult apply(long actionId, long libraryId, long baseRevision, CanvasEdit edit) {
        ParticipantEntity row = editable(actionId, libraryId);
        SaveResult result = documents.apply(Participation.report(row.id()), baseRevision, edit, DocumentRules.NONE);
        row.drafted();
        return result;
    }

    /** Replaces the whole text if it is still at {@code expectedRevision} (the API's PUT with If-Match). */
    @Transactional
    @PreAuthorize(ActionAccess.EDIT_OWN)
    public SaveResult replace(long actionId, long libraryId, long expectedRevision, Canvas content) {
        ParticipantEntity row = editable(actionId, libraryId);
        SaveResult result = documents.replace(Participation.report(row.id()), expectedRevision, content, DocumentRules.NONE);
        row.drafted();
        return result;
    }

    /**
     * Replaces the text by these sections and, when given, the figures, if the text is still at
     * {@code expectedRevision} (the API's PUT with If-Match); a stale revision writes nothing.
     */
    @Transactional
    @PreAuthorize(ActionAccess.EDIT_OWN)
    public LibraryReport save(long actionId, long libraryId, long expectedRevision, Map<String, List<String>> sections,
                              ReportFigures figures) {
        try {
            replace(actionId, libraryId, expectedRevision, ReportTexts.canvas(sections == null ? Map.of() : sections));
        } catch (ValidationFailedException e) {
            throw new ValidationFailedException(e.violations().stream().map(v -> v.under("sections")).toList());
        }
        if (figures != null) {
            lock(actionId, libraryId).setFigures(figures);
        }
        return report(actionId, libraryId);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(ActionAccess.READ_OWN)
    public List<DocumentSnapshot> history(long actionId, long libraryId) {
        return documents.history(Participation.report(row(actionId, libraryId).id()));
    }

    @Transactional
    @PreAuthorize(ActionAccess.EDIT_OWN)
    public DocumentSnapshot restore(long actionId, long libraryId, long revision) {
        ParticipantEntity row = editable(actionId, libraryId);
        return documents.restore(Participation.report(row.id()), revision, DocumentRules.NONE).saved();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(ActionAccess.READ_OWN)
    public Registration subscribe(long actionId, long libraryId, LongConsumer savedRevision) {
        return documents.subscribe(Participation.report(row(actionId, libraryId).id()), saved -> savedRevision.accept(saved.revision()));
    }

    // --- figures and the report's way

    @Transactional
    @PreAuthorize(ActionAccess.EDIT_OWN)
    public LibraryReport setFigures(long actionId, long libraryId, ReportFigures corrections) {
        ParticipantEntity row = editable(actionId, libraryId);
        row.setFigures(corrections == null ? ReportFigures.COUNTED : corrections);
        row.drafted();
        return report(actionId, libraryId);
    }

    /** Hands the report in (after the due day too: it is then late); a report that says nothing is refused. */
    @Transactional
    @PreAuthorize(ActionAccess.EDIT_OWN)
    public LibraryReport submit(long actionId, long libraryId) {
        ParticipantEntity row = lock(actionId, libraryId);
        if (!row.status().editableByLibrary()) {
            throw ValidationFailedException.of("action.error.reportNotOpen");
        }
        if (documents.current(Participation.report(row.id())).canvas().isEmpty()) {
            throw ValidationFailedException.of("action.error.emptyReport");
        }
        row.submitted(clock.instant());
        boolean late = facts(actionId).late(LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault()));
        audit.record(late ? "action.report.submittedLate" : "action.report.submitted", ActionService.subject(actionId), "library " + libraryId);
        return report(actionId, libraryId);
    }

    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public LibraryReport accept(long actionId, long libraryId) {
        return review(actionId, libraryId, ReportStatus.ACCEPTED, null);
    }

    /** Returns the report to the library with the coordinator's comment; the library may change it and submit again. */
    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public LibraryReport returnReport(long actionId, long libraryId, String comment) {
        return review(actionId, libraryId, ReportStatus.RETURNED, Rules.required(comment, "comment", Limits.TEXT));
    }

    /** The demo's report as the coordinator received it in 2018: handed in on that day, then reviewed or not. */
    void received(long actionId, long libraryId, java.time.Instant submittedAt, ReportStatus outcome, String comment, String by) {
        ParticipantEntity row = lock(actionId, libraryId);
        row.submitted(submittedAt);
        if (outcome == ReportStatus.ACCEPTED || outcome == ReportStatus.RETURNED) {
            row.reviewed(outcome, comment, submittedAt.plusSeconds(86_400), by);
        }
    }

    /** A report's way as a backup kept it: where it stood, when it came in and was reviewed, by whom, the figures. */
    void restored(long actionId, long libraryId, ActionBackup.Way way) {
        ParticipantEntity row = lock(actionId, libraryId);
        row.restore(way.status(), way.submittedAt(), way.reviewedAt(), way.reviewedBy(), way.comment());
        row.setFigures(way.figures() == null ? ReportFigures.COUNTED : way.figures());
    }

    private LibraryReport review(long actionId, long libraryId, ReportStatus outcome, String comment) {
        ParticipantEntity row = lock(actionId, libraryId);
        if (row.status() != ReportStatus.SUBMITTED && row.status() != ReportStatus.ACCEPTED) {
            throw ValidationFailedException.of("action.error.reportNotIn");
        }
        row.reviewed(outcome, comment, clock.instant(), Actor.current());
        audit.record(outcome == ReportStatus.ACCEPTED ? "action.report.accepted" : "action.report.returned",
                ActionService.subject(actionId), "library " + libraryId + (comment == null ? "" : ": " + comment));
        return report(actionId, libraryId);
    }

    private LibraryReport report(ParticipantEntity row, ActionFacts facts, LibraryRef library, long answers) {
        return report(row, facts, library, answers, documents.current(Participation.report(row.id())));
    }

    private LibraryReport report(ParticipantEntity row, ActionFacts facts, LibraryRef library, long answers, DocumentSnapshot text) {
        Standing s = Standings.of(row, library, facts, answers, LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault()));
        ReportFigures.Counted counted = new ReportFigures.Counted(s.held(), s.participants(), answers);
        return new LibraryReport(row.actionId(), row.libraryId(), s.library(), s.municipality(), row.status(),
                row.submittedAt(), s.late(), s.overdue(), row.reviewedAt(), row.reviewedBy(), row.reviewComment(), counted,
                row.figures(), row.figures().over(counted), text == null ? 0 : text.revision(), ReportTexts.sections(text));
    }

    private ParticipantEntity editable(long actionId, long libraryId) {
        ParticipantEntity row = lock(actionId, libraryId);
        return row.editableBy(Roles.current(Roles.FACILITATOR));
    }

    private ParticipantEntity row(long actionId, long libraryId) {
        return participants.findByActionIdAndLibraryId(actionId, libraryId)
                .orElseThrow(() -> new NotFoundException("participant", libraryId));
    }

    private ParticipantEntity lock(long actionId, long libraryId) {
        return participants.lock(actionId, libraryId).orElseThrow(() -> new NotFoundException("participant", libraryId));
    }

    private ActionFacts facts(long actionId) {
        return actions.findById(actionId).orElseThrow(() -> new NotFoundException("action", actionId)).facts();
    }
}
