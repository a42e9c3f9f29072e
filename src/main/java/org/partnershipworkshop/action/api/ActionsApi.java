package org.partnershipworkshop.action.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.partnershipworkshop.action.ActionAccess;
import org.partnershipworkshop.action.ActionDocument;
import org.partnershipworkshop.action.ActionFile;
import org.partnershipworkshop.action.ActionPrintService;
import org.partnershipworkshop.action.ActionListing;
import org.partnershipworkshop.action.ActionService;
import org.partnershipworkshop.action.AttachmentService;
import org.partnershipworkshop.action.ReportAttachment;
import org.partnershipworkshop.action.ActionSurvey;
import org.partnershipworkshop.action.Dashboard;
import org.partnershipworkshop.action.EventPlanService;
import org.partnershipworkshop.action.LibraryEvent;
import org.partnershipworkshop.action.LibraryPlan;
import org.partnershipworkshop.action.LibraryReport;
import org.partnershipworkshop.action.ReportFigures;
import org.partnershipworkshop.action.ReportService;
import org.partnershipworkshop.action.Standing;
import org.partnershipworkshop.base.Access;
import org.partnershipworkshop.base.JsonChecks;
import org.partnershipworkshop.base.PublicAddress;
import org.partnershipworkshop.base.api.BodyLimits;
import org.partnershipworkshop.base.api.IfMatch;
import org.partnershipworkshop.survey.SurveyInfo;
import org.partnershipworkshop.survey.SurveyResults;
import org.partnershipworkshop.survey.SurveyService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The region's network actions over HTTP (docs/API.md, docs/formats/workshop-action-1.md): the list, an action
 * as its workshop-action/1 document (created from one), the dashboard, the reader survey's links and results,
 * each library's plan of events and analytic report (If-Match on their revisions) with the report's way. The
 * same services and rules as the screens; the endpoints that read a body check the caller's right first, so a
 * caller without it learns nothing from a validation answer.
 */
@RestController
class ActionsApi {

    /** An action in the list. */
    record Listed(long id, String title, String kind, LocalDate starts, LocalDate ends, LocalDate reportsDue,
                  int libraries, int reportsIn, boolean takingPart) {

        static Listed of(ActionListing a) {
            return new Listed(a.id(), a.title(), a.kind().id(), a.starts(), a.ends(), a.reportsDue(), a.libraries(),
                    a.reportsIn(), a.takingPart());
        }
    }

    /** One library on the dashboard. */
    record Row(long libraryId, String library, String municipality, String joined, int planned, int held,
               int participants, long answers, String report, Instant submittedAt, boolean late, boolean overdue) {

        static Row of(Standing s) {
            return new Row(s.libraryId(), s.library(), s.municipality(), s.joined().id(), s.planned(), s.held(),
                    s.participants(), s.answers(), s.report().id(), s.submittedAt(), s.late(), s.overdue());
        }
    }

    record Board(long id, String title, long answers, List<Row> libraries) {
    }

    record SurveyLink(long libraryId, String library, String url) {
    }

    record SurveyLinks(String code, boolean open, LocalDate lastDay, List<SurveyLink> libraries) {
    }

    /** A library's plan of events at its revision. */
    record Plan(long revision, List<LibraryEvent> events) {
    }

    /** The body of a report's PUT: its sections' paragraphs and, optionally, the figures as the library corrects them. */
    record ReportBody(Map<String, List<String>> sections, ReportFigures figures) {
    }

    record Report(long libraryId, String library, String municipality, String status, Instant submittedAt, boolean late,
                  boolean overdue, String comment, ReportFigures.Counted counted, ReportFigures.Counted reported,
                  long revision, Map<String, List<String>> sections) {

        static Report of(LibraryReport r) {
            return new Report(r.libraryId(), r.library(), r.municipality(), r.status().id(), r.submittedAt(), r.late(),
                    r.overdue(), r.comment(), r.counted(), r.reported(), r.revision(), r.sections());
        }
    }

    record Comment(String comment) {
    }

    private final ActionService actions;
    private final EventPlanService plans;
    private final ReportService reports;
    private final SurveyService surveys;
    private final PublicAddress address;
    private final ActionPrintService print;
    private final AttachmentService attachments;

    ActionsApi(ActionService actions, EventPlanService plans, ReportService reports, SurveyService surveys,
               PublicAddress address, ActionPrintService print, AttachmentService attachments) {
        this.attachments = attachments;
        this.actions = actions;
        this.plans = plans;
        this.reports = reports;
        this.surveys = surveys;
        this.address = address;
        this.print = print;
    }

    @GetMapping("/api/actions")
    List<Listed> list() {
        return actions.list().stream().map(Listed::of).toList();
    }

    @PostMapping("/api/actions")
    @PreAuthorize(Access.FACILITATOR)
    public ResponseEntity<Map<String, Long>> create(InputStream body) throws IOException {
        long id = actions.importDocument(BodyLimits.document(body));
        return ResponseEntity.created(URI.create("/api/actions/" + id)).body(Map.of("id", id));
    }

    @GetMapping("/api/actions/{actionId}")
    ActionDocument document(@PathVariable long actionId) {
        return actions.document(actionId);
    }

    @GetMapping("/api/actions/{actionId}/dashboard")
    Board dashboard(@PathVariable long actionId) {
        Dashboard d = actions.dashboard(actionId);
        return new Board(actionId, d.action().facts().title(), d.answers(), d.libraries().stream().map(Row::of).toList());
    }

    /** The reader survey's code and each library's link (coordinators and managers). */
    @GetMapping("/api/actions/{actionId}/survey")
    @PreAuthorize(Access.MANAGER)
    public SurveyLinks survey(@PathVariable long actionId) {
        SurveyInfo info = surveys.find(ActionSurvey.of(actionId))
                .orElseThrow(() -> new org.partnershipworkshop.base.NotFoundException("survey of action", actionId));
        return new SurveyLinks(info.code().value(), info.takesAnswers(), info.lastDay(), info.channels().stream()
                .map(c -> new SurveyLink(c.id(), c.name(), address.link("/" + info.path(c.id())))).toList());
    }

    @GetMapping("/api/actions/{actionId}/results")
    SurveyResults results(@PathVariable long actionId) {
        return surveys.results(ActionSurvey.of(actionId));
    }

    @GetMapping("/api/actions/{actionId}/libraries/{libraryId}/events")
    ResponseEntity<Plan> plan(@PathVariable long actionId, @PathVariable long libraryId) {
        LibraryPlan p = plans.plan(actionId, libraryId);
        return ResponseEntity.ok().eTag(IfMatch.etag(p.revision())).body(new Plan(p.revision(), p.events()));
    }

    /** Replaces the library's plan of events; If-Match names its revision ({@code 428} without, {@code 412} when stale). */
    @PutMapping("/api/actions/{actionId}/libraries/{libraryId}/events")
    @PreAuthorize(ActionAccess.EDIT_OWN)
    public ResponseEntity<Plan> savePlan(@PathVariable long actionId, @PathVariable long libraryId,
                                         @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                         InputStream body) throws IOException {
        long expected = IfMatch.revision(ifMatch, "the plan's revision");
        LibraryEvent[] events = JsonChecks.bind(JsonChecks.parse(BodyLimits.document(body)), LibraryEvent[].class);
        LibraryPlan p = plans.save(actionId, libraryId, expected, List.of(events));
        return ResponseEntity.ok().eTag(IfMatch.etag(p.revision())).body(new Plan(p.revision(), p.events()));
    }

    @GetMapping("/api/actions/{actionId}/reports")
    List<Report> reports(@PathVariable long actionId) {
        return reports.reports(actionId).stream().map(Report::of).toList();
    }

    @GetMapping("/api/actions/{actionId}/reports/{libraryId}")
    ResponseEntity<Report> report(@PathVariable long actionId, @PathVariable long libraryId) {
        LibraryReport r = reports.report(actionId, libraryId);
        return ResponseEntity.ok().eTag(IfMatch.etag(r.revision())).body(Report.of(r));
    }

    /** Replaces the report's text (and figures when given); If-Match names the text's revision. */
    @PutMapping("/api/actions/{actionId}/reports/{libraryId}")
    @PreAuthorize(ActionAccess.EDIT_OWN)
    public ResponseEntity<Report> saveReport(@PathVariable long actionId, @PathVariable long libraryId,
                                             @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                             InputStream body) throws IOException {
        long expected = IfMatch.revision(ifMatch, "the report's revision");
        ReportBody content = JsonChecks.bind(JsonChecks.parse(BodyLimits.document(body)), ReportBody.class);
        LibraryReport r = reports.save(actionId, libraryId, expected, content.sections(), content.figures());
        return ResponseEntity.ok().eTag(IfMatch.etag(r.revision())).body(Report.of(r));
    }

    @PostMapping("/api/actions/{actionId}/reports/{libraryId}/submit")
    Report submit(@PathVariable long actionId, @PathVariable long libraryId) {
        return Report.of(reports.submit(actionId, libraryId));
    }

    @PostMapping("/api/actions/{actionId}/reports/{libraryId}/accept")
    Report accept(@PathVariable long actionId, @PathVariable long libraryId) {
        return Report.of(reports.accept(actionId, libraryId));
    }

    @PostMapping("/api/actions/{actionId}/reports/{libraryId}/return")
    @PreAuthorize(Access.FACILITATOR)
    public Report returnReport(@PathVariable long actionId, @PathVariable long libraryId, InputStream body) throws IOException {
        Comment comment = JsonChecks.bind(JsonChecks.parse(BodyLimits.document(body)), Comment.class);
        return Report.of(reports.returnReport(actionId, libraryId, comment.comment()));
    }

    @GetMapping("/api/actions/{actionId}/reports/{libraryId}/attachments")
    List<ReportAttachment> attachments(@PathVariable long actionId, @PathVariable long libraryId) {
        return attachments.attachments(actionId, libraryId);
    }

    @GetMapping("/api/actions/{actionId}/reports/{libraryId}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable long actionId, @PathVariable long libraryId, @PathVariable long attachmentId) {
        return file(attachments.attachment(actionId, libraryId, attachmentId), false);
    }

    /** Attaches the body (a photo or a document of at most 5 MB) under the name given. */
    @PostMapping("/api/actions/{actionId}/reports/{libraryId}/attachments")
    @PreAuthorize(ActionAccess.EDIT_OWN)
    public ResponseEntity<ReportAttachment> attach(@PathVariable long actionId, @PathVariable long libraryId,
                                                   @RequestParam(required = false) String name, InputStream body) throws IOException {
        ReportAttachment added = attachments.attach(actionId, libraryId, name, BodyLimits.document(body));
        return ResponseEntity.created(URI.create("/api/actions/" + actionId + "/reports/" + libraryId + "/attachments/" + added.id()))
                .body(added);
    }

    @DeleteMapping("/api/actions/{actionId}/reports/{libraryId}/attachments/{attachmentId}")
    ResponseEntity<Void> detach(@PathVariable long actionId, @PathVariable long libraryId, @PathVariable long attachmentId) {
        attachments.remove(actionId, libraryId, attachmentId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/actions/{actionId}/summary.pdf")
    ResponseEntity<byte[]> summaryPdf(@PathVariable long actionId) {
        return file(print.summaryPdf(actionId), true);
    }

    @GetMapping("/api/actions/{actionId}/summary.docx")
    ResponseEntity<byte[]> summaryDocx(@PathVariable long actionId) {
        return file(print.summaryDocx(actionId), false);
    }

    /** The letters of thanks for the libraries named (in that order), or for the ranking's first ten. */
    @GetMapping("/api/actions/{actionId}/letters.pdf")
    ResponseEntity<byte[]> letters(@PathVariable long actionId, @RequestParam(name = "library", required = false) List<Long> libraries) {
        return file(print.letters(actionId, libraries == null ? List.of() : libraries), false);
    }

    private static ResponseEntity<byte[]> file(ActionFile file, boolean inline) {
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.fileName()).build();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString()).body(file.content());
    }
}
