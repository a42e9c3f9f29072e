package org.partnershipworkshop.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.partnershipworkshop.action.ActionService;
import org.partnershipworkshop.action.Dashboard;
import org.partnershipworkshop.action.Standing;
import org.partnershipworkshop.base.NotFoundException;
import org.partnershipworkshop.calendar.CalendarEntry;
import org.partnershipworkshop.calendar.CalendarService;
import org.partnershipworkshop.calendar.MeetingStatus;
import org.partnershipworkshop.catalogue.CatalogueService;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Builds a plan's page: each row's schedule for today, its link resolved (a meeting from the calendar and its
 * facts, a practice from the catalogue), the breakdowns that do not add up. Read within the caller's rights.
 */
@Component
class PlanPages {

    private final MeetingService meetings;
    private final CalendarService calendar;
    private final CatalogueService catalogue;
    private final PlanAccess access;
    private final ActionService actions;
    private final Clock clock;

    PlanPages(MeetingService meetings, CalendarService calendar, CatalogueService catalogue, PlanAccess access,
              ActionService actions, Optional<Clock> clock) {
        this.actions = actions;
        this.meetings = meetings;
        this.calendar = calendar;
        this.catalogue = catalogue;
        this.access = access;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault());
    }

    PlanPage page(PlanStore.Stored stored) {
        Plan plan = stored.plan();
        LocalDate today = today();
        Map<String, LinkView> links = new HashMap<>();
        Map<Link, LinkView> resolved = new HashMap<>();
        plan.rows().filter(r -> r.link() != null)
                .forEach(r -> links.put(r.id(), resolved.computeIfAbsent(r.link(), this::resolve)));
        Map<String, RowSchedule> schedules = new LinkedHashMap<>();
        plan.rows().forEach(r -> {
            LinkView link = links.get(r.id());
            schedules.put(r.id(), RowSchedule.of(r, plan.year(), today, link == null ? null : link.fact()));
        });
        return new PlanPage(stored.id(), stored.version(), plan, schedules, links, IndicatorCheck.warnings(plan), today,
                access.mayEdit(plan), stored.updatedAt(), stored.updatedBy());
    }

    private LinkView resolve(Link link) {
        try {
            return switch (link.kind()) {
                case MEETING -> meeting(link);
                case PRACTICE -> {
                    var practice = catalogue.page(link.id()).practice();
                    yield new LinkView(link, practice.title(), null, null, false, null, true);
                }
                case ACTION -> action(link);
                case PUBLICATION -> LinkView.unresolved(link);
            };
        } catch (NotFoundException | AccessDeniedException e) {
            return LinkView.unresolved(link);
        }
    }

    /** What a row can link to: the meetings and actions, newest first, and the catalogue's practices by title. */
    java.util.List<LinkChoice> linkChoices() {
        java.util.List<LinkChoice> choices = new java.util.ArrayList<>();
        meetings.list().stream().sorted(java.util.Comparator.comparing(org.partnershipworkshop.meeting.MeetingSummary::startDate).reversed())
                .forEach(m -> choices.add(new LinkChoice(LinkKind.MEETING, m.id(), m.title(), m.startDate())));
        actions.list().forEach(a -> choices.add(new LinkChoice(LinkKind.ACTION, a.id(), a.title(), a.starts())));
        catalogue.search(org.partnershipworkshop.catalogue.CatalogueFilter.ALL).stream()
                .sorted(java.util.Comparator.comparing(org.partnershipworkshop.catalogue.PracticeSummary::title))
                .forEach(p -> choices.add(new LinkChoice(LinkKind.PRACTICE, p.id(), p.title(), null)));
        return choices;
    }

    /** A network action gives its row its dates and, once it has ended, the participants of the libraries' held events. */
    private LinkView action(Link link) {
        Dashboard board = actions.dashboard(link.id());
        var facts = board.action().facts();
        int participants = board.libraries().stream().mapToInt(Standing::participants).sum();
        boolean held = today().isAfter(facts.ends());
        return new LinkView(link, facts.title(), facts.starts(), facts.ends(), held, participants, true);
    }

    private LinkView meeting(Link link) {
        MeetingDetails meeting = meetings.details(link.id());
        var facts = meeting.facts();
        boolean held = calendar.calendar(facts.startDate(), facts.endDate(), null).stream()
                .filter(e -> e.id() == link.id()).map(CalendarEntry::status).findFirst()
                .map(s -> s == MeetingStatus.CLOSED).orElse(false);
        return new LinkView(link, facts.title(), facts.startDate(), facts.endDate(), held, facts.participantCount(), true);
    }
}
