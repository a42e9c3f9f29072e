package org.partnershipworkshop.plan;

import java.util.List;
import java.util.Set;
import org.partnershipworkshop.audit.AuditService;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work plans: the list, a plan's page, creating, importing and exporting workshop-plan/1, the next year's plan
 * from this one, every change of content ({@link PlanEdit}, applied under the plan's lock), rows from a
 * spreadsheet, and deleting. Managers read; facilitators of the plan's department change it (decision 0144).
 * A closed plan changes only by being opened again.
 */
@Service
public class PlanService {

    private final PlanStore store;
    private final PlanPages pages;
    private final AuditService audit;

    PlanService(PlanStore store, PlanPages pages, AuditService audit) {
        this.store = store;
        this.pages = pages;
        this.audit = audit;
    }

    /** What a plan's rows can link to: meetings, network actions and practices, for the row dialog's choice. */
    @Transactional(readOnly = true)
    @PreAuthorize(PlanAccess.READ)
    public List<LinkChoice> linkChoices() {
        return pages.linkChoices();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(PlanAccess.READ)
    public List<PlanSummary> list() {
        return store.list();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(PlanAccess.READ)
    public PlanPage page(long planId) {
        return pages.page(store.load(planId));
    }

    @Transactional
    @PreAuthorize("hasRole('FACILITATOR')")
    public long create(PlanHeader header) {
        long id = store.create(Plan.empty(header));
        audit.record("plan.created", subject(id), header.title());
        return id;
    }

    /** A workshop-plan/1 document as a new plan; refused whole with the path of every problem. */
    @Transactional
    @PreAuthorize("hasRole('FACILITATOR')")
    public long importDocument(byte[] document) {
        Plan plan = PlanReader.read(document);
        long id = store.create(plan);
        audit.record("plan.imported", subject(id), plan.header().title());
        return id;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(PlanAccess.READ)
    public PlanFile exportJson(long planId) {
        PlanStore.Stored stored = store.load(planId);
        return new PlanFile(PlanFiles.name(stored, "plan", "json"), PlanFile.JSON, PlanWriter.write(stored.plan()));
    }

    /** The plan of {@code year} made from this one (decision 0146), as a new draft; answers its id. */
    @Transactional
    @PreAuthorize("hasRole('FACILITATOR')")
    public long copyToYear(long planId, int year) {
        Plan source = store.load(planId).plan();
        long id = store.create(NextYear.of(source, year));
        audit.record("plan.copied", subject(id), "from plan " + planId + " to " + year);
        return id;
    }

    /** Applies one change under the plan's lock and answers the page as it is now. */
    @Transactional
    @PreAuthorize(PlanAccess.EDIT)
    public PlanPage apply(long planId, PlanEdit edit) {
        PlanEntity entity = store.lock(planId);
        Plan before = store.stored(entity).plan();
        if (before.status() == PlanStatus.CLOSED && !(edit instanceof PlanEdit.SetStatus)) {
            throw ValidationFailedException.of("plan.error.closed");
        }
        if (edit instanceof PlanEdit.SetStaff staff) {
            checkStaffKept(before, staff.staff());
        }
        Plan after = edit.applyTo(before, PlanService::nextId);
        PlanStore.Stored saved = store.save(entity, before, after);
        audit.record("plan.changed", subject(planId), edit.getClass().getSimpleName());
        return pages.page(saved);
    }

    /**
     * Rows from a spreadsheet (the columns of {@link RowImport}) added at the end of a section; refused whole
     * with the sheet's row number of every problem.
     */
    @Transactional
    @PreAuthorize(PlanAccess.EDIT)
    public int importRows(long planId, String sectionId, byte[] xlsx) {
        Plan plan = store.load(planId).plan();
        List<RowData> rows = RowImport.read(xlsx, plan);
        apply(planId, new PlanEdit.AddRows(sectionId, rows));
        return rows.size();
    }

    @Transactional
    @PreAuthorize(PlanAccess.EDIT)
    public void delete(long planId) {
        PlanEntity entity = store.lock(planId);
        audit.record("plan.deleted", subject(planId), store.stored(entity).plan().header().title());
        store.delete(entity);
    }

    /** A person still named by rows stays on the list; the refusal names the rows. */
    private static void checkStaffKept(Plan plan, List<StaffMember> staff) {
        Set<String> kept = new java.util.HashSet<>(staff.stream().map(StaffMember::id).toList());
        List<Violation> problems = new java.util.ArrayList<>();
        plan.staff().stream().filter(p -> !kept.contains(p.id())).forEach(p -> {
            List<String> rows = plan.rows().filter(r -> r.responsible().contains(p.id())).map(Row::text).limit(3).toList();
            if (!rows.isEmpty()) {
                problems.add(Violation.of("staff", "plan.error.personHasRows", p.name(), String.join("; ", rows)));
            }
        });
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
    }

    static String nextId(Plan plan, String prefix) {
        Set<String> used = plan.ids();
        int n = used.size() + 1;
        while (used.contains(prefix + n)) {
            n++;
        }
        return prefix + n;
    }

    static String subject(long planId) {
        return "plan " + planId;
    }
}
