package org.partnershipworkshop.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A plan as its page shows it: the stored plan with its version, every row's schedule (terms understood,
 * facts, links' facts), the resolved links, the breakdowns that do not add up, and whether the caller may
 * change the plan.
 */
public record PlanPage(long id, long version, Plan plan, Map<String, RowSchedule> schedules, Map<String, LinkView> links,
                       List<IndicatorCheck.Warning> warnings, LocalDate today, boolean editable,
                       java.time.Instant updatedAt, String updatedBy) {

    public RowSchedule schedule(Row row) {
        return schedules.get(row.id());
    }

    /** The names of a row's responsible people as the plan writes them («Все методисты» for the group). */
    public List<String> responsibleNames(Row row, String allMethodists) {
        return row.responsible().stream().map(id -> id.equals(PlanLimits.ALL_METHODISTS) ? allMethodists
                : plan.person(id).map(StaffMember::name).orElse(id)).toList();
    }
}
