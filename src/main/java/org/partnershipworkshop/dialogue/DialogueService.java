package org.partnershipworkshop.dialogue;

import org.partnershipworkshop.survey.DeviceKey;
import org.partnershipworkshop.survey.FormCode;
import org.partnershipworkshop.survey.AnswerThrottle;

import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.partnershipworkshop.audit.AuditService;
import org.partnershipworkshop.base.Access;
import org.partnershipworkshop.base.NotFoundException;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.partnershipworkshop.meeting.MeetingService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quality dialogue after a meeting: the facilitator prepares the meeting's feedback form (a checklist of
 * what participants may take home), opens and closes it; participants answer on their own phones without an
 * account — what they will use, a rating 1–5, a comment — one answer per device, which a second submission
 * replaces. Answering is open to anyone with the form's code, at most {@value AnswerThrottle#LIMIT} submissions
 * a minute per client address; everything else is checked like every service ({@link Access}).
 */
@Service
public class DialogueService {

    /** At most this many answers per form: a flood from many addresses cannot grow a form without end. */
    public static final int MAX_ANSWERS = 5_000;
    /** Submissions (and wrong form codes) one client address may send within a minute. */
    public static final int SUBMISSIONS_PER_MINUTE = AnswerThrottle.LIMIT;
    private static final String ANYONE = "permitAll()";

    private final FeedbackFormRepository forms;
    private final FeedbackAnswerRepository answers;
    private final AnswerThrottle throttle;
    private final DialogueBroadcaster broadcaster;
    private final MeetingHeadings headings;
    private final MeetingService meetings;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DialogueService(FeedbackFormRepository forms, FeedbackAnswerRepository answers, AnswerThrottle throttle,
                    DialogueBroadcaster broadcaster, MeetingHeadings headings, MeetingService meetings,
                    AuditService audit, ApplicationEventPublisher events, Optional<Clock> clock) {
        this.forms = forms;
        this.answers = answers;
        this.throttle = throttle;
        this.broadcaster = broadcaster;
        this.headings = headings;
        this.meetings = meetings;
        this.audit = audit;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    // --- the facilitator's side

    /** The meeting's form, or empty before the facilitator prepared one. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public Optional<FeedbackForm> form(long meetingId) {
        return forms.findByMeetingId(meetingId).map(this::toForm);
    }

    /** Opens the form for answers, creating it (with an empty checklist) the first time. */
    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public FeedbackForm open(long meetingId) {
        FeedbackFormEntity form = lockOrCreate(meetingId);
        if (!form.open()) {
            form.setOpen(true, clock.instant());
            audit.record("feedback.formOpened", subject(meetingId), "form " + form.code());
            changed(meetingId);
        }
        return toForm(form);
    }

    /** Stops taking answers; every answer stays, and the form can be opened again. */
    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public FeedbackForm close(long meetingId) {
        FeedbackFormEntity form = forms.lockByMeeting(meetingId).orElseThrow(() -> new NotFoundException("feedback form", meetingId));
        if (form.open()) {
            form.setOpen(false, clock.instant());
            audit.record("feedback.formClosed", subject(meetingId), "form " + form.code() + ", "
                    + answers.countByFormId(form.id()) + " answers");
            changed(meetingId);
        }
        return toForm(form);
    }

    /**
     * Sets the checklist: lines keep their id (and the answers that chose them) when renamed or moved; new
     * lines have no id; lines left out are removed together with the choices of them.
     */
    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public FeedbackForm setChecklist(long meetingId, Checklist checklist) {
        if (checklist == null) {
            throw new ValidationFailedException(Violation.of("items", "error.required"));
        }
        FeedbackFormEntity form = lockOrCreate(meetingId);
        Set<Long> known = new HashSet<>();
        form.items().forEach(i -> known.add(i.id()));
        List<Violation> problems = new ArrayList<>();
        for (int i = 0; i < checklist.items().size(); i++) {
            Long id = checklist.items().get(i).id();
            if (id != null && !known.contains(id)) {
                problems.add(Violation.of("items[" + i + "]", "dialogue.error.itemGone"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        int before = form.items().size();
        form.setChecklist(checklist, clock.instant());
        forms.saveAndFlush(form);
        audit.record("feedback.checklistChanged", subject(meetingId), before + " → " + checklist.items().size() + " lines");
        changed(meetingId);
        return toForm(form);
    }

    /** What the answers say; a meeting without a form has no answers. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public FeedbackResults results(long meetingId) {
        return forms.findByMeetingId(meetingId).map(this::results).orElseGet(() -> FeedbackResults.none(meetingId));
    }

    /** Calls the listener (on another thread) after each committed change of the meeting's form, until removed. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public Registration subscribe(long meetingId, Consumer<FeedbackChanged> listener) {
        return broadcaster.subscribe(meetingId, java.util.Objects.requireNonNull(listener, "listener"));
    }

    // --- the participants' side (no account)

    /** The form behind a code, for the participant's phone; a wrong code counts against the client's minute. */
    @Transactional(readOnly = true)
    @PreAuthorize(ANYONE)
    public PublicForm publicForm(String code, String client) {
        FeedbackFormEntity form = byCode(code, client);
        MeetingHeadings.Heading heading = headings.of(form.meetingId());
        return new PublicForm(form.code(), heading.title(), heading.startDate(), heading.endDate(), heading.language(),
                form.open(), form.checklist());
    }

    /** This device's answer to the form, to show it again and let the participant change it. */
    @Transactional(readOnly = true)
    @PreAuthorize(ANYONE)
    public Optional<Answer> ownAnswer(String code, String deviceKey) {
        if (!DeviceKey.isWellFormed(deviceKey)) {
            return Optional.empty();
        }
        return FormCode.parse(code).flatMap(c -> forms.findByFormCode(c.value()))
                .flatMap(form -> answers.findByFormIdAndDeviceHash(form.id(), DeviceKey.hash(form.code(), deviceKey)))
                .map(FeedbackAnswerEntity::toAnswer);
    }

    /**
     * Saves the device's answer while the form is open: the first from a device adds an answer, the next ones
     * replace it. Every call counts against the client's minute, good or bad.
     */
    @Transactional
    @PreAuthorize(ANYONE)
    public Submitted submit(String code, String deviceKey, Answer answer, String client) {
        Instant now = clock.instant();
        throttle.attempt(client);
        FeedbackFormEntity form = FormCode.parse(code).flatMap(c -> forms.lockByCode(c.value()))
                .orElseThrow(() -> new NotFoundException("feedback form", code));
        if (!DeviceKey.isWellFormed(deviceKey)) {
            throw new ValidationFailedException(Violation.of("device", "dialogue.error.device"));
        }
        if (answer == null) {
            throw new ValidationFailedException(Violation.of("", "dialogue.error.empty"));
        }
        if (!form.open()) {
            throw ValidationFailedException.of("dialogue.error.closed");
        }
        Set<Long> items = new HashSet<>();
        form.items().forEach(i -> items.add(i.id()));
        if (!items.containsAll(answer.choices())) {
            throw new ValidationFailedException(Violation.of("choices", "dialogue.error.itemGone"));
        }
        String hash = DeviceKey.hash(form.code(), deviceKey);
        Optional<FeedbackAnswerEntity> earlier = answers.findByFormIdAndDeviceHash(form.id(), hash);
        if (earlier.isEmpty() && answers.countByFormId(form.id()) >= MAX_ANSWERS) {
            throw ValidationFailedException.of("dialogue.error.full", MAX_ANSWERS);
        }
        FeedbackAnswerEntity entity = earlier.orElseGet(() -> new FeedbackAnswerEntity(form.id(), hash, now));
        entity.set(answer, now);
        answers.save(entity);
        changed(form.meetingId());
        return new Submitted(earlier.isPresent(), entity.toAnswer());
    }

    // --- helpers

    private FeedbackFormEntity byCode(String code, String client) {
        Optional<FeedbackFormEntity> form = FormCode.parse(code).flatMap(c -> forms.findByFormCode(c.value()));
        if (form.isEmpty()) {
            throttle.attempt(client);
            throw new NotFoundException("feedback form", code);
        }
        return form.get();
    }

    private FeedbackFormEntity lockOrCreate(long meetingId) {
        return forms.lockByMeeting(meetingId).orElseGet(() -> {
            meetings.details(meetingId); // an unknown meeting is "not found", not a broken foreign key
            FormCode code = FormCode.random();
            while (forms.existsByFormCode(code.value())) {
                code = FormCode.random();
            }
            FeedbackFormEntity created = forms.saveAndFlush(new FeedbackFormEntity(meetingId, code, clock.instant()));
            audit.record("feedback.formCreated", subject(meetingId), "form " + code);
            return created;
        });
    }

    private FeedbackForm toForm(FeedbackFormEntity form) {
        return new FeedbackForm(form.meetingId(), form.code(), form.open(), form.checklist(), answers.countByFormId(form.id()));
    }

    private FeedbackResults results(FeedbackFormEntity form) {
        Map<Long, Long> chosen = new HashMap<>();
        for (Object[] row : answers.choiceCounts(form.id())) {
            chosen.put((Long) row[0], (Long) row[1]);
        }
        List<FeedbackResults.ItemCount> items = form.checklist().stream()
                .map(i -> new FeedbackResults.ItemCount(i.id(), i.text(), chosen.getOrDefault(i.id(), 0L))).toList();
        Integer[] ratings = {0, 0, 0, 0, 0};
        for (Object[] row : answers.ratingCounts(form.id())) {
            int rating = (Integer) row[0];
            if (rating >= Answer.MIN_RATING && rating <= Answer.MAX_RATING) {
                ratings[rating - 1] = ((Long) row[1]).intValue();
            }
        }
        return new FeedbackResults(form.meetingId(), true, form.open(), form.code(), answers.countByFormId(form.id()),
                items, List.of(ratings), answers.comments(form.id()));
    }

    private void changed(long meetingId) {
        events.publishEvent(new FeedbackChanged(meetingId));
    }

    private static String subject(long meetingId) {
        return "meeting " + meetingId;
    }
}
