package org.partnershipworkshop.action;

import java.util.List;
import org.partnershipworkshop.audit.AuditService;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.NotFoundException;
import org.partnershipworkshop.base.StaleRevisionException;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.partnershipworkshop.library.LibraryService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each library's plan of events for an action and what came of them: read by managers and the library's own
 * account, changed by the library's account or a coordinator, each change on the revision it was made on
 * (a stale one writes nothing, so two people cannot overwrite each other silently).
 */
@Service
public class EventPlanService {

    private final ParticipantRepository participants;
    private final LibraryService libraries;
    private final AuditService audit;

    EventPlanService(ParticipantRepository participants, LibraryService libraries, AuditService audit) {
        this.participants = participants;
        this.libraries = libraries;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(ActionAccess.READ_OWN)
    public LibraryPlan plan(long actionId, long libraryId) {
        return plan(row(actionId, libraryId));
    }

    /** Replaces the plan if it is still at {@code expectedRevision}; answers the plan as saved. */
    @Transactional
    @PreAuthorize(ActionAccess.EDIT_OWN)
    public LibraryPlan save(long actionId, long libraryId, long expectedRevision, List<LibraryEvent> events) {
        if (events == null) {
            throw new ValidationFailedException(Violation.of("events", "error.required"));
        }
        if (events.size() > Limits.ENTRIES) {
            throw new ValidationFailedException(Violation.of("events", "error.tooMany", Limits.ENTRIES, events.size()));
        }
        ParticipantEntity row = participants.lock(actionId, libraryId)
                .orElseThrow(() -> new NotFoundException("participant", libraryId));
        if (row.eventsRevision() != expectedRevision) {
            throw new StaleRevisionException(expectedRevision, row.eventsRevision());
        }
        if (!row.events().equals(events)) {
            row.setEvents(events);
            participants.saveAndFlush(row);
            audit.record("action.plan.changed", ActionService.subject(actionId), "library " + libraryId + ": " + events.size());
        }
        return plan(row);
    }

    private ParticipantEntity row(long actionId, long libraryId) {
        return participants.findByActionIdAndLibraryId(actionId, libraryId)
                .orElseThrow(() -> new NotFoundException("participant", libraryId));
    }

    private LibraryPlan plan(ParticipantEntity row) {
        String name = libraries.refs(List.of(row.libraryId())).values().stream().findFirst().map(l -> l.name()).orElse("");
        return new LibraryPlan(row.actionId(), row.libraryId(), name, row.eventsRevision(), row.events());
    }
}
