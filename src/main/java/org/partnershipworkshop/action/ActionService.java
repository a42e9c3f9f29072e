package org.partnershipworkshop.action;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnershipworkshop.audit.AuditService;
import org.partnershipworkshop.base.Access;
import org.partnershipworkshop.base.Actor;
import org.partnershipworkshop.base.NotFoundException;
import org.partnershipworkshop.base.StaleRevisionException;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.partnershipworkshop.library.LibraryRef;
import org.partnershipworkshop.library.LibraryService;
import org.partnershipworkshop.security.LibraryAccess;
import org.partnershipworkshop.survey.Questionnaire;
import org.partnershipworkshop.survey.SurveyService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The region's network actions (decision 0191): created by a coordinator by hand or from a
 * {@code workshop-action/1} document, changed, listed; the libraries taking part — invited by the coordinator,
 * or joining themselves — with the reader survey's channels kept in step; the coordinator's dashboard. A
 * library's plan of events and report are {@link LibraryWorkService}'s.
 */
@Service
public class ActionService {

    private final ActionRepository actions;
    private final ParticipantRepository participants;
    private final Participation participation;
    private final LibraryService libraries;
    private final LibraryAccess libraryAccess;
    private final SurveyService surveys;
    private final AuditService audit;
    private final Clock clock;

    ActionService(ActionRepository actions, ParticipantRepository participants, Participation participation,
                  LibraryService libraries, LibraryAccess libraryAccess, SurveyService surveys, AuditService audit,
                  Optional<Clock> clock) {
        this.actions = actions;
        this.participants = participants;
        this.participation = participation;
        this.libraries = libraries;
        this.libraryAccess = libraryAccess;
        this.surveys = surveys;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Managers see every action, newest first; a library's account the actions it takes part in and those still open to join. */
    @Transactional(readOnly = true)
    @PreAuthorize(ActionAccess.LIST)
    public List<ActionListing> list() {
        Optional<Long> own = libraryAccess.ownLibrary();
        LocalDate today = today();
        List<ActionListing> listed = new ArrayList<>();
        for (ActionEntity a : actions.newestFirst()) {
            List<ParticipantEntity> rows = participants.findByActionId(a.id());
            boolean takingPart = own.isPresent() && rows.stream().anyMatch(r -> r.libraryId() == own.get());
            ActionFacts f = a.facts();
            if (own.isEmpty() || takingPart || !today.isAfter(f.ends())) {
                listed.add(listing(a.id(), f, rows, takingPart));
            }
        }
        return listed;
    }

    /** The actions a library takes part in (its page). */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READ_LIBRARY)
    public List<ActionListing> ofLibrary(long libraryId) {
        return participants.findByLibraryId(libraryId).stream().map(p -> actions.findById(p.actionId())).flatMap(Optional::stream)
                .map(a -> listing(a.id(), a.facts(), participants.findByActionId(a.id()), true))
                .sorted(Comparator.comparing(ActionListing::starts).reversed()).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(ActionAccess.READ)
    public ActionDetails details(long actionId) {
        return details(find(actionId));
    }

    /** A new action with the reader questionnaire and no library yet; answers its id. */
    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public long create(ActionFacts facts, Questionnaire questionnaire) {
        ActionEntity action = new ActionEntity(now(), Actor.current());
        action.set(facts, now(), Actor.current());
        action = actions.save(action);
        surveys.create(Participation.survey(action.id()), participation.spec(action.id(), facts, questionnaire));
        audit.record("action.created", subject(action.id()), facts.title());
        return action.id();
    }

    /**
     * A new action from a {@code workshop-action/1} document with its libraries (by registry key) and their plans
     * of events; a document with any problem is refused whole, each unknown library with its path.
     */
    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public long importDocument(byte[] content) {
        ActionDocument document = ActionDocument.read(content);
        ActionFacts facts = document.facts();
        Map<String, LibraryRef> byKey = libraries.refsByKey(document.libraries().stream().map(ActionDocument.Participant::library).toList());
        List<Violation> problems = new ArrayList<>();
        for (int i = 0; i < document.libraries().size(); i++) {
            LibraryRef ref = byKey.get(document.libraries().get(i).library());
            if (ref == null || ref.archived()) {
                problems.add(Violation.of("libraries[" + i + "].library", "action.error.unknownLibrary", document.libraries().get(i).library()));
            }
        }
        if (document.questionnaire() == null) {
            problems.add(Violation.of("questionnaire", "error.required"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        long id = create(facts, document.questionnaire());
        for (ActionDocument.Participant p : document.libraries()) {
            ParticipantEntity row = participation.add(id, List.of(byKey.get(p.library()).id()), p.joined(), now()).getFirst();
            if (!p.events().isEmpty()) {
                row.setEvents(p.events());
            }
        }
        return id;
    }

    /** The action as a {@code workshop-action/1} document (it imports again as the same action). */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public ActionDocument document(long actionId) {
        ActionEntity action = find(actionId);
        List<ParticipantEntity> rows = participants.findByActionId(actionId);
        Map<Long, LibraryRef> refs = libraries.refs(rows.stream().map(ParticipantEntity::libraryId).toList());
        List<ActionDocument.Participant> taking = rows.stream().sorted(Comparator.comparing(ParticipantEntity::id))
                .map(r -> new ActionDocument.Participant(refs.get(r.libraryId()).key(), r.joined(), r.events())).toList();
        Questionnaire questionnaire = surveys.find(Participation.survey(actionId)).map(s -> s.questionnaire()).orElse(null);
        return ActionDocument.of(action.facts(), questionnaire, taking);
    }

    /** Changes the facts if the action is still at {@code expectedVersion}; the survey's title and last day follow. */
    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public ActionDetails update(long actionId, long expectedVersion, ActionFacts facts) {
        ActionEntity action = actions.lock(actionId).orElseThrow(() -> new NotFoundException("action", actionId));
        if (action.version() != expectedVersion) {
            throw new StaleRevisionException(expectedVersion, action.version());
        }
        action.set(facts, now(), Actor.current());
        actions.saveAndFlush(action);
        participation.syncSurvey(actionId, facts);
        audit.record("action.changed", subject(actionId), facts.title());
        return details(action);
    }

    /** Changes the reader questionnaire (once answered, questions keep their kind, scale and options). */
    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public void changeQuestionnaire(long actionId, Questionnaire questionnaire) {
        ActionEntity action = find(actionId);
        surveys.update(Participation.survey(actionId), participation.spec(actionId, action.facts(), questionnaire));
    }

    /** Invites the libraries (by id; all of a municipality or the region at once from the screen); answers how many were new. */
    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public int invite(long actionId, Collection<Long> libraryIds) {
        find(actionId);
        int added = participation.add(actionId, libraryIds, Joined.INVITED, now()).size();
        if (added > 0) {
            audit.record("action.invited", subject(actionId), Integer.toString(added));
        }
        return added;
    }

    /** A library's own account joins the action for its library, while the action has not ended. */
    @Transactional
    @PreAuthorize(ActionAccess.JOIN)
    public void join(long actionId, long libraryId) {
        ActionEntity action = find(actionId);
        if (today().isAfter(action.facts().ends())) {
            throw ValidationFailedException.of("action.error.ended");
        }
        if (!participation.add(actionId, List.of(libraryId), Joined.SELF, now()).isEmpty()) {
            audit.record("action.joined", subject(actionId), "library " + libraryId);
        }
    }

    /** Takes a library out of the action, only while it has nothing there: no events, no report text, no survey answers. */
    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public void remove(long actionId, long libraryId) {
        ParticipantEntity row = participants.lock(actionId, libraryId).orElseThrow(() -> new NotFoundException("participant", libraryId));
        long answers = surveys.answerCounts(Participation.survey(actionId)).getOrDefault(libraryId, 0L);
        if (!row.events().isEmpty() || row.status() != ReportStatus.NOT_STARTED || answers > 0) {
            throw ValidationFailedException.of("action.error.hasWork");
        }
        participation.remove(row);
        participation.syncSurvey(actionId, find(actionId).facts());
        audit.record("action.removed", subject(actionId), "library " + libraryId);
    }

    /** Every library's standing, by municipality and name. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public Dashboard dashboard(long actionId) {
        ActionEntity action = find(actionId);
        ActionFacts facts = action.facts();
        Map<Long, Long> answers = surveys.answerCounts(Participation.survey(actionId));
        List<ParticipantEntity> rows = participants.findByActionId(actionId);
        Map<Long, LibraryRef> refs = libraries.refs(rows.stream().map(ParticipantEntity::libraryId).toList());
        LocalDate today = today();
        List<Standing> standings = rows.stream().map(r -> Standings.of(r, refs.get(r.libraryId()), facts,
                answers.getOrDefault(r.libraryId(), 0L), today)).sorted(Standings.ORDER).toList();
        return new Dashboard(details(action), standings, answers.values().stream().mapToLong(Long::longValue).sum(), today);
    }

    private ActionListing listing(long id, ActionFacts f, List<ParticipantEntity> rows, boolean takingPart) {
        int in = (int) rows.stream().filter(r -> r.submittedAt() != null).count();
        return new ActionListing(id, f.title(), f.kind(), f.starts(), f.ends(), f.reportsDue(), rows.size(), in, takingPart);
    }

    private ActionEntity find(long actionId) {
        return actions.findById(actionId).orElseThrow(() -> new NotFoundException("action", actionId));
    }

    private static ActionDetails details(ActionEntity a) {
        return new ActionDetails(a.id(), a.version(), a.facts(), a.updatedAt(), a.updatedBy());
    }

    private Instant now() {
        return clock.instant();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault());
    }

    static String subject(long actionId) {
        return "action " + actionId;
    }
}
