package org.partnershipworkshop.survey;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.partnershipworkshop.base.NotFoundException;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public side of a survey: anyone with its code and a channel reads the form and answers it — anonymous, one
 * answer per device (a second one replaces the first), at most {@value AnswerThrottle#LIMIT} attempts a minute per
 * client address (wrong codes included, the budget the meeting feedback forms share), only while it takes
 * answers (open, not past its last day).
 */
@Service
public class SurveyAnswering {

    private static final String ANYONE = "permitAll()";
    /** Most answers one survey takes. */
    public static final long MAX_ANSWERS = 1_000_000;

    private final SurveyRepository surveys;
    private final AnswerStore answers;
    private final AnswerThrottle throttle;
    private final Clock clock;

    SurveyAnswering(SurveyRepository surveys, AnswerStore answers, AnswerThrottle throttle, Optional<Clock> clock) {
        this.surveys = surveys;
        this.answers = answers;
        this.throttle = throttle;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The form as a channel's link shows it; a wrong code or channel counts against the client's budget. */
    @Transactional(readOnly = true)
    @PreAuthorize(ANYONE)
    public PublicSurvey form(String code, long channel, String client) {
        SurveyEntity survey = find(code, client);
        SurveyChannel through = channel(survey, channel, client);
        return new PublicSurvey(survey.code(), survey.title(), survey.language(), survey.takesAnswers(today()),
                survey.lastDay(), survey.questionnaire(), through);
    }

    /** What this device answered before, as it would send it again. */
    @Transactional(readOnly = true)
    @PreAuthorize(ANYONE)
    public Optional<Map<String, Object>> earlier(String code, String deviceKey) {
        if (!DeviceKey.isWellFormed(deviceKey)) {
            return Optional.empty();
        }
        return FormCode.parse(code).flatMap(c -> surveys.findByCode(c.value())).flatMap(survey ->
                answers.byDevice(survey.id(), hash(survey, deviceKey)).map(r -> r.asSent(survey.questionnaire())));
    }

    /**
     * Saves the device's answer through the channel; answers whether it replaced the device's earlier one. Every
     * problem of the answer is reported with its path, and nothing is saved.
     */
    @Transactional
    @PreAuthorize(ANYONE)
    public boolean submit(String code, long channel, String deviceKey, Map<String, Object> sent, String client) {
        throttle.attempt(client);
        SurveyEntity survey = FormCode.parse(code).flatMap(c -> surveys.lockByCode(c.value()))
                .orElseThrow(() -> new NotFoundException("survey", code));
        channel(survey, channel, null);
        if (!DeviceKey.isWellFormed(deviceKey)) {
            throw new ValidationFailedException(Violation.of("device", "dialogue.error.device"));
        }
        if (!survey.takesAnswers(today())) {
            throw ValidationFailedException.of("survey.error.closed");
        }
        Questionnaire questionnaire = survey.questionnaire();
        Reply reply = questionnaire.read(sent);
        String hash = hash(survey, deviceKey);
        Optional<Long> earlier = answers.answerOf(survey.id(), hash);
        if (earlier.isEmpty() && answers.count(survey.id()) >= MAX_ANSWERS) {
            throw ValidationFailedException.of("dialogue.error.full", MAX_ANSWERS);
        }
        return answers.save(survey.id(), channel, hash, earlier, reply, questionnaire, Instant.now(clock));
    }

    private SurveyEntity find(String code, String client) {
        Optional<SurveyEntity> survey = FormCode.parse(code).flatMap(c -> surveys.findByCode(c.value()));
        if (survey.isEmpty()) {
            throttle.attempt(client);
            throw new NotFoundException("survey", code);
        }
        return survey.get();
    }

    private SurveyChannel channel(SurveyEntity survey, long channel, String client) {
        if (channel == SurveyChannel.NONE) {
            if (answers.channels(survey.id()).isEmpty()) {
                return new SurveyChannel(SurveyChannel.NONE, survey.title(), null);
            }
        } else {
            Optional<SurveyChannel> found = answers.channel(survey.id(), channel);
            if (found.isPresent()) {
                return found.get();
            }
        }
        if (client != null) {
            throttle.attempt(client);
        }
        throw new NotFoundException("survey channel", channel);
    }

    private static String hash(SurveyEntity survey, String deviceKey) {
        return DeviceKey.hash("survey:" + survey.code().value(), deviceKey);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault());
    }
}
