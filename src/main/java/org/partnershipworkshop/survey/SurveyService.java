package org.partnershipworkshop.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnershipworkshop.audit.AuditService;
import org.partnershipworkshop.base.Access;
import org.partnershipworkshop.base.NotFoundException;
import org.partnershipworkshop.base.ValidationFailedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A survey as its owner keeps it (decision 0190): composed and changed by a coordinator, read by managers and
 * the owner's libraries, its results and exports for managers. The owner feature calls it inside its own
 * transaction under its own rights; this service checks the engine's rights again. The public side —
 * the form and its answers — is {@link SurveyAnswering}.
 */
@Service
public class SurveyService {

    static final String READ_INFO = "hasAnyRole('MANAGER', 'LIBRARY')";

    private final SurveyRepository surveys;
    private final AnswerStore answers;
    private final SurveyExport exports;
    private final AuditService audit;
    private final Clock clock;

    SurveyService(SurveyRepository surveys, AnswerStore answers, SurveyExport exports, AuditService audit,
                  Optional<Clock> clock) {
        this.surveys = surveys;
        this.answers = answers;
        this.exports = exports;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public SurveyInfo create(SurveyOwner owner, SurveySpec spec) {
        if (surveys.findByOwner(owner.kind(), owner.id()).isPresent()) {
            throw new IllegalStateException(owner + " already has a survey");
        }
        FormCode code = FormCode.random();
        while (surveys.existsByCode(code.value())) {
            code = FormCode.random();
        }
        SurveyEntity survey = new SurveyEntity(code, owner, clock.instant());
        survey.set(spec.title(), spec.language(), spec.questionnaire(), spec.lastDay());
        survey = surveys.save(survey);
        answers.replaceChannels(survey.id(), spec.channels());
        audit.record("survey.created", subject(owner), spec.title());
        return info(survey);
    }

    /**
     * Changes what the survey asks and through which channels. Once answered, its questions keep their kind,
     * scale and options (wording, order, "required" and new questions may change), and a channel with answers
     * stays; otherwise nothing is saved.
     */
    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public SurveyInfo update(SurveyOwner owner, SurveySpec spec) {
        SurveyEntity survey = surveys.lockByOwner(owner.kind(), owner.id()).orElseThrow(() -> missing(owner));
        Map<Long, Long> counts = answers.countsByChannel(survey.id());
        if (!counts.isEmpty() && !survey.questionnaire().keepsAnswersOf(spec.questionnaire())) {
            throw ValidationFailedException.of("survey.error.answered");
        }
        for (Long channel : counts.keySet()) {
            if (channel != SurveyChannel.NONE && spec.channels().stream().noneMatch(c -> c.id() == channel)) {
                throw ValidationFailedException.of("survey.error.channelAnswered");
            }
        }
        survey.set(spec.title(), spec.language(), spec.questionnaire(), spec.lastDay());
        answers.replaceChannels(survey.id(), spec.channels());
        audit.record("survey.changed", subject(owner), spec.title());
        return info(survey);
    }

    /**
     * Adds channels the survey does not have yet (a library joining an action; its own account may do it, the
     * owner feature decides which channel). Channels already there keep their name.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('FACILITATOR', 'LIBRARY')")
    public void addChannels(SurveyOwner owner, List<SurveyChannel> channels) {
        SurveyEntity survey = surveys.lockByOwner(owner.kind(), owner.id()).orElseThrow(() -> missing(owner));
        answers.addChannels(survey.id(), channels);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READ_INFO)
    public Optional<SurveyInfo> find(SurveyOwner owner) {
        return surveys.findByOwner(owner.kind(), owner.id()).map(this::info);
    }

    /** How many answered through each channel (channels without answers are absent). */
    @Transactional(readOnly = true)
    @PreAuthorize(READ_INFO)
    public Map<Long, Long> answerCounts(SurveyOwner owner) {
        return surveys.findByOwner(owner.kind(), owner.id()).map(s -> answers.countsByChannel(s.id())).orElse(Map.of());
    }

    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public SurveyInfo setOpen(SurveyOwner owner, boolean open) {
        SurveyEntity survey = surveys.lockByOwner(owner.kind(), owner.id()).orElseThrow(() -> missing(owner));
        if (survey.open() != open) {
            survey.setOpen(open);
            audit.record(open ? "survey.opened" : "survey.closed", subject(owner), survey.title());
        }
        return info(survey);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public SurveyResults results(SurveyOwner owner) {
        SurveyEntity survey = surveys.findByOwner(owner.kind(), owner.id()).orElseThrow(() -> missing(owner));
        Questionnaire questionnaire = survey.questionnaire();
        Map<String, List<AnswerStore.Written>> texts = new HashMap<>();
        questionnaire.questions().stream().filter(q -> q.kind().isText())
                .forEach(q -> texts.put(q.id(), answers.texts(survey.id(), q.id(), Tally.TEXTS_SHOWN)));
        return Tally.of(questionnaire, answers.channels(survey.id()), answers.countsByChannel(survey.id()),
                answers.counts(survey.id()), texts, answers.answered(survey.id()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public SurveyFile export(SurveyOwner owner, SurveyFormat format) {
        SurveyEntity survey = surveys.findByOwner(owner.kind(), owner.id()).orElseThrow(() -> missing(owner));
        return exports.write(survey.code(), survey.title(), survey.language(), survey.questionnaire(),
                answers.channels(survey.id()), consumer -> answers.each(survey.id(), consumer), format);
    }

    /** Every answer as kept, oldest first (a backup). */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.ADMIN)
    public List<StoredAnswer> storedAnswers(SurveyOwner owner) {
        SurveyEntity survey = surveys.findByOwner(owner.kind(), owner.id()).orElseThrow(() -> missing(owner));
        List<StoredAnswer> stored = new java.util.ArrayList<>();
        answers.each(survey.id(), a -> stored.add(new StoredAnswer(a.channel(), a.deviceHash(), a.reply().values(),
                a.submittedAt(), a.updatedAt())));
        return stored;
    }

    /**
     * Puts answers back as they were kept (a backup's restore, the demo), past the form's rules of time and
     * throttle but checked against the questionnaire and the channels; a device already there is refused.
     */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public void restoreAnswers(SurveyOwner owner, List<StoredAnswer> stored) {
        SurveyEntity survey = surveys.lockByOwner(owner.kind(), owner.id()).orElseThrow(() -> missing(owner));
        Questionnaire questionnaire = survey.questionnaire();
        java.util.Set<Long> channels = new java.util.HashSet<>();
        answers.channels(survey.id()).forEach(c -> channels.add(c.id()));
        for (StoredAnswer a : stored) {
            if (a.channel() != SurveyChannel.NONE && !channels.contains(a.channel())) {
                throw new ValidationFailedException(org.partnershipworkshop.base.Violation.of("channel", "survey.error.channel", a.channel()));
            }
            Reply reply = questionnaire.read(new Reply(a.values()).asSent(questionnaire));
            answers.restore(survey.id(), questionnaire, new AnswerStore.Stored(0, a.channel(), a.deviceHash(), reply,
                    a.submittedAt(), a.updatedAt()));
        }
    }

    /**
     * Gives the survey back the code it had (a backup's restore: the posters printed with its links keep working)
     * and whether it was open; a code another survey holds here is left as it is.
     */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public void restoreCode(SurveyOwner owner, String code, boolean open) {
        SurveyEntity survey = surveys.lockByOwner(owner.kind(), owner.id()).orElseThrow(() -> missing(owner));
        FormCode.parse(code).filter(c -> !surveys.existsByCode(c.value())).ifPresent(survey::setCode);
        survey.setOpen(open);
    }

    /** Deletes the survey with every answer (its owner is deleted). */
    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public void delete(SurveyOwner owner) {
        surveys.lockByOwner(owner.kind(), owner.id()).ifPresent(survey -> {
            answers.deleteAll(survey.id());
            surveys.delete(survey);
            audit.record("survey.deleted", subject(owner), survey.title());
        });
    }

    SurveyInfo info(SurveyEntity survey) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault());
        return new SurveyInfo(survey.code(), survey.owner(), survey.title(), survey.language(), survey.questionnaire(),
                survey.lastDay(), survey.open(), survey.takesAnswers(today), answers.channels(survey.id()),
                answers.count(survey.id()));
    }

    private static NotFoundException missing(SurveyOwner owner) {
        return new NotFoundException("survey of " + owner.kind(), owner.id());
    }

    private static String subject(SurveyOwner owner) {
        return owner.kind() + " " + owner.id();
    }
}
