package org.partnershipworkshop.meeting;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.partnershipworkshop.audit.AuditService;
import org.partnershipworkshop.base.Access;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.NotFoundException;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.partnershipworkshop.canvas.Canvas;
import org.partnershipworkshop.canvas.CanvasService;
import org.partnershipworkshop.meeting.MeetingDetails.GroupView;
import org.partnershipworkshop.meeting.MeetingDetails.PresentationView;
import org.partnershipworkshop.meeting.MeetingDetails.SessionView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Meetings: their facts, people, programme, work groups and feedback. */
@Service
public class MeetingService {

    private final MeetingRepository meetings;
    private final WorkGroupRepository groups;
    private final SessionRepository sessions;
    private final PresentationRepository presentations;
    private final CanvasService canvases;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeetingService(MeetingRepository meetings, WorkGroupRepository groups, SessionRepository sessions,
                   PresentationRepository presentations, CanvasService canvases, AuditService audit,
                   ApplicationEventPublisher events,
                   Optional<Clock> clock) {
        this.meetings = meetings;
        this.groups = groups;
        this.sessions = sessions;
        this.presentations = presentations;
        this.canvases = canvases;
        this.audit = audit;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public List<MeetingSummary> list() {
        return meetings.summaries();
    }

    /**
     * The meetings with a day between {@code from} and {@code to} (both included), earliest first; only those
     * for {@code region} when one is given (any letter case).
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public List<ScheduledMeeting> scheduled(LocalDate from, LocalDate to, String region) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new ValidationFailedException(Violation.of("to", "error.endBeforeStart"));
        }
        String wanted = region == null || region.isBlank() ? null : region.strip().toLowerCase(Locale.ROOT);
        return meetings.overlapping(from, to).stream()
                .filter(m -> wanted == null || m.regions().stream().anyMatch(r -> r.strip().toLowerCase(Locale.ROOT).equals(wanted)))
                .map(m -> new ScheduledMeeting(m.id(), m.title(), m.kind(), m.startDate(), m.endDate(), m.venue(), m.regions()))
                .toList();
    }

    /** Every region some meeting names, once each, in alphabetical order. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public List<String> regions() {
        Collator collator = Collator.getInstance(Locale.of("bg"));
        return meetings.regionNames().stream().map(String::strip).distinct().sorted(collator).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.READ_MEETING)
    public MeetingDetails details(long meetingId) {
        return toDetails(meeting(meetingId));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.READ_MEETING)
    public List<GroupView> groups(long meetingId) {
        meeting(meetingId);
        return groups.findByMeeting(meetingId).stream().map(MeetingService::toView).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.READ_GROUP)
    public GroupView group(long groupId) {
        return toView(group(groupId, true));
    }

    /** Creates a whole meeting with its groups and their canvases, all or nothing. */
    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public long create(NewMeeting meeting) {
        List<Violation> problems = new ArrayList<>();
        for (int i = 0; i < meeting.groups().size(); i++) {
            String templateId = meeting.groups().get(i).group().templateId();
            if (canvases.findTemplate(templateId).isEmpty()) {
                problems.add(Violation.of("groups[" + i + "].template", "error.templateUnknown", templateId));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        MeetingEntity entity = new MeetingEntity(meeting.facts(), clock.instant());
        entity.setPeople(meeting.people(), clock.instant());
        entity.setFeedback(meeting.feedback(), clock.instant());
        for (Session session : meeting.sessions()) {
            SessionEntity s = new SessionEntity(entity, entity.sessions().size(), session.title());
            session.presentations().forEach(s::add);
            entity.sessions().add(s);
        }
        meeting.groups().forEach(g -> entity.groups().add(new WorkGroupEntity(entity, g.group())));
        MeetingEntity saved = meetings.saveAndFlush(entity);
        for (int i = 0; i < meeting.groups().size(); i++) {
            NewMeeting.NewGroup g = meeting.groups().get(i);
            canvases.create(saved.groups().get(i).id(), g.group().templateId(), g.canvas());
        }
        audit.record("meeting.created", subject(saved), saved.title() + " · " + meeting.groups().size() + " groups");
        events.publishEvent(new MeetingChanged(saved.id()));
        return saved.id();
    }

    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public MeetingDetails updateFacts(long meetingId, long expectedVersion, MeetingFacts facts) {
        MeetingEntity entity = meeting(meetingId);
        if (entity.version() != expectedVersion) {
            throw ValidationFailedException.of("error.meetingChanged");
        }
        entity.setFacts(facts, clock.instant());
        audit.record("meeting.updated", subject(entity), "facts: " + facts.title());
        events.publishEvent(new MeetingChanged(meetingId));
        return toDetails(meetings.saveAndFlush(entity));
    }

    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public void setPeople(long meetingId, List<Person> people) {
        MeetingEntity entity = meeting(meetingId);
        entity.setPeople(people, clock.instant());
        audit.record("meeting.updated", subject(entity), "people: " + people.size());
    }

    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public void setFeedback(long meetingId, Feedback feedback) {
        MeetingEntity entity = meeting(meetingId);
        entity.setFeedback(feedback, clock.instant());
        audit.record("meeting.updated", subject(entity), "feedback");
    }

    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public void delete(long meetingId) {
        MeetingEntity entity = meeting(meetingId);
        entity.groups().forEach(g -> canvases.delete(g.id()));
        audit.record("meeting.deleted", subject(entity), entity.title());
        meetings.delete(entity);
        events.publishEvent(new MeetingChanged(meetingId));
    }

    // --- programme

    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public long addSession(long meetingId, String title) {
        MeetingEntity entity = meeting(meetingId);
        SessionEntity session = new SessionEntity(entity, entity.sessions().size(), new Session(title, List.of()).title());
        entity.sessions().add(session);
        entity.touch(clock.instant());
        audit.record("programme.changed", subject(entity), "session added: " + session.title());
        return sessions.saveAndFlush(session).id();
    }

    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public void renameSession(long sessionId, String title) {
        SessionEntity session = session(sessionId);
        session.setTitle(new Session(title, List.of()).title());
        audit.record("programme.changed", subject(session.meeting()), "session renamed: " + title);
    }

    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public void removeSession(long sessionId) {
        SessionEntity session = session(sessionId);
        MeetingEntity meeting = session.meeting();
        meeting.sessions().remove(session);
        meeting.renumberSessions();
        audit.record("programme.changed", subject(meeting), "session removed: " + session.title());
    }

    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public void moveSession(long sessionId, int delta) {
        SessionEntity session = session(sessionId);
        move(session.meeting().sessions(), session, delta);
        session.meeting().renumberSessions();
    }

    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public long addPresentation(long sessionId, Presentation presentation) {
        SessionEntity session = session(sessionId);
        PresentationEntity entity = session.add(presentation);
        audit.record("programme.changed", subject(session.meeting()), "presentation added: " + presentation.title());
        return presentations.saveAndFlush(entity).id();
    }

    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public void updatePresentation(long presentationId, Presentation presentation) {
        PresentationEntity entity = presentation(presentationId);
        entity.set(presentation);
        audit.record("programme.changed", subject(entity.session().meeting()), "presentation changed: " + presentation.title());
    }

    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public void removePresentation(long presentationId) {
        PresentationEntity entity = presentation(presentationId);
        SessionEntity session = entity.session();
        session.presentations().remove(entity);
        session.renumber();
        audit.record("programme.changed", subject(session.meeting()), "presentation removed: " + entity.toPresentation().title());
    }

    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public void movePresentation(long presentationId, int delta) {
        PresentationEntity entity = presentation(presentationId);
        move(entity.session().presentations(), entity, delta);
        entity.session().renumber();
    }

    // --- groups

    /** Adds a table with an empty canvas of the group's template. */
    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public long addGroup(long meetingId, GroupData data) {
        MeetingEntity entity = meeting(meetingId);
        if (canvases.findTemplate(data.templateId()).isEmpty()) {
            throw new ValidationFailedException(Violation.of("template", "error.templateUnknown", data.templateId()));
        }
        if (entity.groups().size() >= Limits.GROUPS) {
            throw ValidationFailedException.of("error.tooMany", Limits.GROUPS, entity.groups().size() + 1);
        }
        requireFreeNumber(entity, data.number(), null);
        WorkGroupEntity group = new WorkGroupEntity(entity, data);
        entity.groups().add(group);
        entity.touch(clock.instant());
        long groupId = groups.saveAndFlush(group).id();
        canvases.create(groupId, data.templateId(), Canvas.EMPTY);
        audit.record("group.added", subject(entity), "group " + data.number() + " " + data.name());
        events.publishEvent(new MeetingChanged(meetingId));
        return groupId;
    }

    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public void updateGroup(long groupId, GroupData data) {
        WorkGroupEntity group = group(groupId, false);
        if (!group.templateId().equals(data.templateId())) {
            throw new ValidationFailedException(Violation.of("template", "error.templateFixed"));
        }
        requireFreeNumber(group.meeting(), data.number(), group);
        group.set(data);
        group.meeting().touch(clock.instant());
        audit.record("group.updated", subject(group.meeting()), "group " + data.number() + " " + data.name());
        events.publishEvent(new MeetingChanged(group.meeting().id()));
    }

    /** Removes a table together with its canvas and the canvas's history. */
    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public void removeGroup(long groupId) {
        WorkGroupEntity group = group(groupId, false);
        canvases.delete(groupId);
        audit.record("group.removed", subject(group.meeting()), "group " + group.number() + " " + group.name());
        group.meeting().groups().remove(group);
        group.meeting().touch(clock.instant());
        events.publishEvent(new MeetingChanged(group.meeting().id()));
    }

    private static void requireFreeNumber(MeetingEntity meeting, int number, WorkGroupEntity self) {
        boolean taken = meeting.groups().stream().anyMatch(g -> g != self && g.number() == number);
        if (taken) {
            throw new ValidationFailedException(Violation.of("number", "error.groupNumberTaken", number));
        }
    }

    private static <T> void move(List<T> list, T item, int delta) {
        int from = list.indexOf(item);
        int to = Math.max(0, Math.min(list.size() - 1, from + delta));
        list.remove(from);
        list.add(to, item);
    }

    private static String subject(MeetingEntity meeting) {
        return "meeting " + meeting.id();
    }

    private MeetingEntity meeting(long meetingId) {
        return meetings.findById(meetingId).orElseThrow(() -> new NotFoundException("meeting", meetingId));
    }

    private WorkGroupEntity group(long groupId, boolean withMeeting) {
        Optional<WorkGroupEntity> group = withMeeting ? groups.findWithMeeting(groupId) : groups.findById(groupId);
        return group.orElseThrow(() -> new NotFoundException("group", groupId));
    }

    private SessionEntity session(long sessionId) {
        return sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("session", sessionId));
    }

    private PresentationEntity presentation(long presentationId) {
        return presentations.findById(presentationId)
                .orElseThrow(() -> new NotFoundException("presentation", presentationId));
    }

    private static MeetingDetails toDetails(MeetingEntity m) {
        List<SessionView> sessionViews = m.sessions().stream().map(s -> new SessionView(s.id(), s.title(),
                s.presentations().stream().map(p -> new PresentationView(p.id(), p.toPresentation())).toList())).toList();
        return new MeetingDetails(m.id(), m.version(), m.facts(), m.people(), sessionViews,
                m.groups().stream().map(MeetingService::toView).toList(), m.feedback());
    }

    private static GroupView toView(WorkGroupEntity g) {
        return new GroupView(g.id(), g.meeting().id(), g.toData());
    }
}
