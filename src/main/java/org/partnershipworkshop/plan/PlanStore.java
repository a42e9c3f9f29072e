package org.partnershipworkshop.plan;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.partnershipworkshop.base.Actor;
import org.partnershipworkshop.base.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Keeps plans as their workshop-plan/1 documents (decision 0140). Every save bumps the plan's version;
 * rows that changed carry it as their revision, the If-Match of their fact. Reached only from the services.
 */
@Service
class PlanStore {

    /** A plan as stored: id, version, the plan, and who saved it when. */
    record Stored(long id, long version, Plan plan, java.time.Instant updatedAt, String updatedBy) {
    }

    private final PlanRepository plans;
    private final Clock clock;

    PlanStore(PlanRepository plans, Optional<Clock> clock) {
        this.plans = plans;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    List<PlanSummary> list() {
        return plans.listed().stream().map(PlanEntity::summary).toList();
    }

    List<PlanEntity> all() {
        return plans.listed();
    }

    boolean isEmpty() {
        return plans.count() == 0;
    }

    Stored load(long planId) {
        return stored(plans.findById(planId).orElseThrow(() -> new NotFoundException("plan", planId)));
    }

    Optional<PlanEntity> find(long planId) {
        return plans.findById(planId);
    }

    PlanEntity lock(long planId) {
        return plans.lock(planId).orElseThrow(() -> new NotFoundException("plan", planId));
    }

    Stored stored(PlanEntity entity) {
        Plan plan = PlanReader.read(entity.content().getBytes(StandardCharsets.UTF_8));
        return new Stored(entity.id(), entity.version(), plan, entity.updatedAt(), entity.updatedBy());
    }

    long create(Plan plan) {
        // an imported document keeps its rows' revisions; the plan's versions go on above the highest
        long highest = plan.rows().mapToLong(Row::revision).max().orElse(0);
        PlanEntity entity = new PlanEntity(clock.instant(), Actor.current(), Math.max(highest, 1) - 1);
        Plan first = plan.mapSections(s -> s.withRows(s.rows().stream()
                .map(r -> r.revision() == 0 ? r.withRevision(entity.version() + 1) : r).toList()));
        entity.set(first, PlanWriter.compact(first), clock.instant(), Actor.current());
        return plans.save(entity).id();
    }

    /** Saves the plan as the entity's next version; rows that differ from {@code before} get it as their revision. */
    Stored save(PlanEntity entity, Plan before, Plan plan) {
        long next = entity.version() + 1;
        entity.set(plan, PlanWriter.compact(stamped(plan, before, next)), clock.instant(), Actor.current());
        return stored(entity);
    }

    void delete(PlanEntity entity) {
        plans.delete(entity);
    }

    /** The plan with every new or changed row (compared without its revision) at {@code revision}. */
    private static Plan stamped(Plan plan, Plan before, long revision) {
        java.util.Map<String, Row> old = new java.util.HashMap<>();
        if (before != null) {
            before.rows().forEach(r -> old.put(r.id(), r.withRevision(0)));
        }
        return plan.mapSections(s -> s.withRows(s.rows().stream().map(r -> {
            Row was = old.get(r.id());
            boolean same = was != null && was.equals(r.withRevision(0));
            return same ? r : r.withRevision(revision);
        }).toList()));
    }
}
