package org.partnershipworkshop.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnershipworkshop.audit.AuditService;
import org.partnershipworkshop.base.Messages;
import org.partnershipworkshop.base.NotFoundException;
import org.partnershipworkshop.base.StaleRevisionException;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plan against fact: a row's fact month by month (If-Match on the row's revision over the API), indicators'
 * actual values per month or quarter, the month view (due, overdue, done), the rows due in a month, and the
 * staff's workload. Managers read; the plan's facilitators enter facts (decision 0143).
 */
@Service
public class PlanFactService {

    private final PlanStore store;
    private final PlanPages pages;
    private final AuditService audit;
    private final Messages messages;

    PlanFactService(PlanStore store, PlanPages pages, AuditService audit, Messages messages) {
        this.store = store;
        this.pages = pages;
        this.audit = audit;
        this.messages = messages;
    }

    /**
     * Sets a row's fact for a month. With {@code expectedRevision} (the API's If-Match) a row changed since is
     * refused ({@link StaleRevisionException}); without a month the row's only, or next open, occasion is meant.
     */
    @Transactional
    @PreAuthorize(PlanAccess.EDIT)
    public Row setFact(long planId, String rowId, Long expectedRevision, FactInput input) {
        PlanEntity entity = store.lock(planId);
        Plan before = store.stored(entity).plan();
        open(before);
        Row row = before.row(rowId).orElseThrow(() -> new NotFoundException("row", rowId));
        if (expectedRevision != null && expectedRevision != row.revision()) {
            throw new StaleRevisionException("the row", expectedRevision, row.revision());
        }
        if (row.heading()) {
            throw ValidationFailedException.of("plan.error.headingFact");
        }
        if (input == null || input.status() == null) {
            throw new ValidationFailedException(Violation.of("status", "error.required"));
        }
        YearMonth month = input.month() != null ? input.month() : month(row, before, input);
        if (month.getYear() != before.year()) {
            throw new ValidationFailedException(Violation.of("month", "plan.error.monthOutside", month.toString(), before.year()));
        }
        RowFact fact = new RowFact(month, input.status(), input.date(), input.movedTo(), input.reason(), input.note(),
                input.participants());
        Plan after = PlanEdit.mapRow(before, rowId, r -> r.withFact(fact));
        Plan saved = store.save(entity, before, after).plan();
        audit.record("plan.fact", PlanService.subject(planId), rowId + " " + month + " " + input.status());
        return saved.row(rowId).orElseThrow();
    }

    /** Sets (or with null clears) an indicator's actual value for a month or a quarter. */
    @Transactional
    @PreAuthorize(PlanAccess.EDIT)
    public Indicator setActual(long planId, String indicatorId, Period period, BigDecimal value) {
        PlanEntity entity = store.lock(planId);
        Plan before = store.stored(entity).plan();
        open(before);
        before.indicator(indicatorId).orElseThrow(() -> new NotFoundException("indicator", indicatorId));
        if (period == null) {
            throw new ValidationFailedException(Violation.of("period", "error.required"));
        }
        if (period.year() != before.year()) {
            throw new ValidationFailedException(Violation.of("period", "plan.error.monthOutside", period.toString(), before.year()));
        }
        Plan after = before.mapSections(s -> s.withIndicators(s.indicators().stream()
                .map(i -> i.id().equals(indicatorId) ? i.withActual(period, value) : i).toList()));
        Plan saved = store.save(entity, before, after).plan();
        audit.record("plan.actual", PlanService.subject(planId), indicatorId + " " + period + " " + value);
        return saved.indicator(indicatorId).orElseThrow();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(PlanAccess.READ)
    public MonthView month(long planId, YearMonth month) {
        PlanPage page = pages.page(store.load(planId));
        inYear(page.plan(), month);
        return monthOf(page, month);
    }

    /** Every occasion due in the month, with where it stands. */
    @Transactional(readOnly = true)
    @PreAuthorize(PlanAccess.READ)
    public List<DueRow> due(long planId, YearMonth month) {
        PlanPage page = pages.page(store.load(planId));
        inYear(page.plan(), month);
        return monthOf(page, month).due();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(PlanAccess.READ)
    public Workload workload(long planId) {
        PlanPage page = pages.page(store.load(planId));
        List<Workload.Person> people = new ArrayList<>();
        for (StaffMember member : page.plan().staff()) {
            Map<YearMonth, List<DueRow>> byMonth = new LinkedHashMap<>();
            List<DueRow> ongoing = new ArrayList<>();
            page.plan().rows().filter(r -> r.responsible().contains(member.id())
                    || member.methodist() && r.responsible().contains(PlanLimits.ALL_METHODISTS)).forEach(r -> {
                RowSchedule schedule = page.schedule(r);
                List<Due> dated = schedule.dues().stream().filter(d -> d.occasion() != null).toList();
                if (dated.isEmpty() && !r.heading()) {
                    ongoing.add(line(page, r, null));
                }
                dated.forEach(d -> byMonth.computeIfAbsent(d.month(), m -> new ArrayList<>()).add(line(page, r, d)));
            });
            people.add(new Workload.Person(member, byMonth, ongoing));
        }
        return new Workload(planId, page.plan().year(), people);
    }

    MonthView monthOf(PlanPage page, YearMonth month) {
        List<DueRow> due = new ArrayList<>();
        List<DueRow> overdue = new ArrayList<>();
        List<DueRow> done = new ArrayList<>();
        List<DueRow> ongoing = new ArrayList<>();
        page.plan().rows().filter(r -> !r.heading()).forEach(row -> {
            RowSchedule schedule = page.schedule(row);
            for (Due d : schedule.dues()) {
                boolean here = d.month().equals(month);
                if (here && d.occasion() != null) {
                    due.add(line(page, row, d));
                }
                if (d.occasion() != null && d.status() == FactStatus.PLANNED && d.month().isBefore(month)) {
                    overdue.add(line(page, row, d));
                }
                if (here && d.status() == FactStatus.DONE) {
                    done.add(line(page, row, d));
                }
            }
            if (schedule.term().ongoing() && schedule.in(month).isEmpty()) {
                ongoing.add(line(page, row, null));
            }
        });
        List<MonthView.IndicatorLine> indicators = new ArrayList<>();
        page.plan().allSections().forEach(s -> s.indicators().forEach(i -> indicators.add(indicatorLine(s, i, month))));
        return new MonthView(page.id(), month, due, overdue, done, ongoing, indicators);
    }

    static MonthView.IndicatorLine indicatorLine(Section section, Indicator i, YearMonth month) {
        BigDecimal inMonth = i.actuals().stream().filter(a -> !a.period().isQuarter() && a.period().year() == month.getYear()
                && a.period().month() == month.getMonthValue()).map(Indicator.Actual::value).findFirst().orElse(null);
        int quarter = (month.getMonthValue() - 1) / 3 + 1;
        BigDecimal inQuarter = i.actuals().stream().filter(a -> a.period().year() == month.getYear()
                && a.period().quarterOfYear() == quarter).map(Indicator.Actual::value).reduce(BigDecimal::add).orElse(null);
        BigDecimal total = i.actual(month);
        return new MonthView.IndicatorLine(i.id(), section.title(), i.name(), i.unit(), i.planned(), inMonth, inQuarter,
                total, percent(total, i.planned()));
    }

    static Integer percent(BigDecimal actual, BigDecimal planned) {
        if (planned == null || planned.signum() == 0) {
            return null;
        }
        return actual.multiply(BigDecimal.valueOf(100)).divide(planned, 0, RoundingMode.HALF_UP).intValue();
    }

    /**
     * What the approved and closed plans address to the municipal libraries (rows marked so), newest year first:
     * a library's account reads these and nothing else of the plans; a draft is the department's own business.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(PlanAccess.READ_FOR_LIBRARIES)
    public List<LibraryPlan> forLibraries() {
        return store.list().stream().filter(p -> p.status() != PlanStatus.DRAFT)
                .sorted(java.util.Comparator.comparingInt(PlanSummary::year).reversed().thenComparing(PlanSummary::title))
                .map(p -> {
                    PlanPage page = pages.page(store.load(p.id()));
                    return new LibraryPlan(p, page.plan().rows().filter(Row::forLibraries).map(r -> line(page, r, null)).toList());
                })
                .filter(p -> !p.rows().isEmpty()).toList();
    }

    DueRow line(PlanPage page, Row row, Due due) {
        RowSchedule schedule = page.schedule(row);
        String section = page.plan().sectionOf(row).map(Section::title).orElse("");
        return new DueRow(row.id(), section, row.text(), row.term(), schedule.term().dueDates(),
                page.responsibleNames(row, messages.get("plan.allMethodists", page.plan().header().language())),
                due == null ? schedule.status() : due.status(), due, row.revision());
    }

    /** The month a fact without one is for: the row's only occasion, else its next open one, else the date's. */
    private YearMonth month(Row row, Plan plan, FactInput input) {
        RowSchedule schedule = RowSchedule.of(row, plan.year(), pages.today(), null);
        List<Due> dated = schedule.dues().stream().filter(d -> d.occasion() != null).toList();
        if (dated.size() == 1) {
            return dated.getFirst().month();
        }
        if (dated.isEmpty()) {
            return input.date() != null ? YearMonth.from(input.date()) : YearMonth.from(pages.today());
        }
        if (input.date() != null) {
            YearMonth of = YearMonth.from(input.date());
            if (dated.stream().anyMatch(d -> d.month().equals(of))) {
                return of;
            }
        }
        throw new ValidationFailedException(Violation.of("month", "plan.error.monthNeeded", dated.size()));
    }

    /** A month of the plan's own year; any other is refused at the path {@code month}. */
    static void inYear(Plan plan, YearMonth month) {
        if (month == null) {
            throw new ValidationFailedException(Violation.of("month", "error.required"));
        }
        if (month.getYear() != plan.year()) {
            throw new ValidationFailedException(Violation.of("month", "plan.error.monthOutside", month.toString(), plan.year()));
        }
    }

    private static void open(Plan plan) {
        if (plan.status() == PlanStatus.CLOSED) {
            throw ValidationFailedException.of("plan.error.closed");
        }
    }
}
