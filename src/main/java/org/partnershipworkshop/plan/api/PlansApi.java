package org.partnershipworkshop.plan.api;

import org.partnershipworkshop.base.api.IfMatch;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.api.BodyLimits;
import org.partnershipworkshop.plan.DueRow;
import org.partnershipworkshop.plan.LibraryPlan;
import org.partnershipworkshop.plan.PlanAccess;
import org.partnershipworkshop.plan.PlanFactService;
import org.partnershipworkshop.plan.PlanFile;
import org.partnershipworkshop.plan.PlanPrintService;
import org.partnershipworkshop.plan.PlanRequests;
import org.partnershipworkshop.plan.PlanService;
import org.partnershipworkshop.plan.PlanSummary;
import org.partnershipworkshop.plan.PlanWriter;
import org.partnershipworkshop.plan.Row;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Work plans over HTTP (docs/API.md): the list, a plan as its workshop-plan/1 document, its PDF, DOCX and XLSX,
 * the month's and the year's report, the rows due in a month, and a row's fact with If-Match on the row's
 * revision. The same services and rules as the screens; the endpoints that read a parameter or a body before
 * the service check the caller's right first, so a caller without it learns nothing from a validation answer.
 */
@RestController
class PlansApi {

    private final PlanService plans;
    private final PlanFactService facts;
    private final PlanPrintService print;

    PlansApi(PlanService plans, PlanFactService facts, PlanPrintService print) {
        this.plans = plans;
        this.facts = facts;
        this.print = print;
    }

    /** A plan as the list shows it. */
    record Listed(long id, String organisation, String department, int year, String title, String language,
                  String status, int rows, String updatedAt, String updatedBy) {

        static Listed of(PlanSummary p) {
            return new Listed(p.id(), p.organisation(), p.department(), p.year(), p.title(), p.language().code(),
                    p.status().name().toLowerCase(java.util.Locale.ROOT), p.rows(), p.updatedAt().toString(), p.updatedBy());
        }
    }

    /** A row due in a month: where it stands that month, and the revision a fact for it names in If-Match. */
    record ForLibraries(long planId, String organisation, String department, int year, String title, String status,
                        List<Due> rows) {

        static ForLibraries of(LibraryPlan p) {
            PlanSummary s = p.plan();
            return new ForLibraries(s.id(), s.organisation(), s.department(), s.year(), s.title(),
                    s.status().name().toLowerCase(java.util.Locale.ROOT), p.rows().stream().map(Due::of).toList());
        }
    }

    record Due(String rowId, String section, String text, String term, List<String> dueDates, List<String> responsible,
               String status, String movedFrom, boolean overdue, long revision) {

        static Due of(DueRow r) {
            return new Due(r.rowId(), r.section(), r.text(), r.term(), r.dueDates().stream().map(LocalDate::toString).toList(),
                    r.responsible(), r.status().name().toLowerCase(java.util.Locale.ROOT),
                    r.due() == null || r.due().movedFrom() == null ? null : r.due().movedFrom().toString(),
                    r.due() != null && r.due().overdue(), r.revision());
        }
    }

    @PostMapping("/api/plans")
    ResponseEntity<Map<String, Long>> importPlan(InputStream body) throws IOException {
        byte[] document = BodyLimits.document(body);
        long id = plans.importDocument(document);
        return ResponseEntity.created(URI.create("/api/plans/" + id)).body(Map.of("id", id));
    }

    @GetMapping("/api/plans")
    List<Listed> list() {
        return plans.list().stream().map(Listed::of).toList();
    }

    /** What the approved plans address to the municipal libraries; library accounts read this and no other plan. */
    @GetMapping("/api/plans/for-libraries")
    @PreAuthorize(PlanAccess.READ_FOR_LIBRARIES)
    public List<ForLibraries> forLibraries() {
        return facts.forLibraries().stream().map(ForLibraries::of).toList();
    }

    @GetMapping("/api/plans/{planId}")
    ResponseEntity<byte[]> document(@PathVariable long planId) {
        return file(plans.exportJson(planId), false);
    }

    @GetMapping("/api/plans/{planId}/plan.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long planId) {
        return file(print.pdf(planId), true);
    }

    @GetMapping("/api/plans/{planId}/plan.docx")
    ResponseEntity<byte[]> docx(@PathVariable long planId) {
        return file(print.docx(planId), false);
    }

    @GetMapping("/api/plans/{planId}/plan.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long planId) {
        return file(print.xlsx(planId), false);
    }

    /** The month's report with {@code month=YYYY-MM}, the year's report without. */
    @GetMapping("/api/plans/{planId}/report.pdf")
    @PreAuthorize(PlanAccess.READ)
    public ResponseEntity<byte[]> report(@PathVariable long planId, @RequestParam(required = false) String month) {
        return file(month == null ? print.yearReport(planId) : print.monthReport(planId, PlanRequests.month(month, "month")), true);
    }

    @GetMapping("/api/plans/{planId}/due")
    @PreAuthorize(PlanAccess.READ)
    public List<Due> due(@PathVariable long planId, @RequestParam(required = false) String month) {
        return facts.due(planId, PlanRequests.month(month, "month")).stream().map(Due::of).toList();
    }

    /**
     * Rows from a spreadsheet (the columns of the plan's XLSX export) added at the end of a section: {@code 200}
     * {@code {added}}, or {@code 422} with the sheet row of every problem and nothing added; {@code 413} over 5 MB.
     */
    @PostMapping("/api/plans/{planId}/sections/{sectionId}/rows")
    @PreAuthorize(PlanAccess.EDIT)
    public Map<String, Integer> importRows(@PathVariable long planId, @PathVariable String sectionId, InputStream body)
            throws IOException {
        byte[] xlsx = BodyLimits.document(body);
        return Map.of("added", plans.importRows(planId, sectionId, xlsx));
    }

    /** Sets a row's fact; If-Match names the row's revision ({@code 428} without it, {@code 412} when stale). */
    @PutMapping("/api/plans/{planId}/rows/{rowId}/fact")
    @PreAuthorize(PlanAccess.EDIT)
    public ResponseEntity<byte[]> fact(@PathVariable long planId, @PathVariable String rowId,
                                       @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                       InputStream body) throws IOException {
        long expected = IfMatch.revision(ifMatch, "the row's revision");
        byte[] content = body.readNBytes(Limits.DOCUMENT_BYTES + 1);
        Row row = facts.setFact(planId, rowId, expected, PlanRequests.fact(content));
        return ResponseEntity.ok().eTag("\"" + row.revision() + "\"").contentType(MediaType.APPLICATION_JSON)
                .body(PlanWriter.json(row));
    }

    private static ResponseEntity<byte[]> file(PlanFile file, boolean inline) {
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.fileName()).build();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString()).body(file.content());
    }

}
