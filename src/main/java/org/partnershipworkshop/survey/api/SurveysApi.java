package org.partnershipworkshop.survey.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.partnershipworkshop.survey.AnswerThrottle;
import org.partnershipworkshop.survey.PublicSurvey;
import org.partnershipworkshop.survey.Questionnaire;
import org.partnershipworkshop.survey.SurveyAnswering;
import org.partnershipworkshop.survey.SurveyChannel;
import org.partnershipworkshop.survey.TooManySubmissionsException;
import org.partnershipworkshop.survey.ui.DeviceCookie;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A reader survey over HTTP, open to anyone with its code: the form as a library's link shows it, and an answer
 * through that library (one per device: the anonymous key travels in the {@code workshop-device} cookie, issued
 * with the first answer).
 */
@RestController
class SurveysApi {

    /** The form: its code, title, language, whether it takes answers now, until when, the questions, the library asking. */
    record Form(String code, String title, String language, boolean open, LocalDate lastDay, Questionnaire questionnaire,
                Channel library) {
    }

    record Channel(long id, String name, String municipality) {
    }

    /** An answer: through which library (its id; 0 for a survey without libraries) and the answers by question id. */
    record Answer(Long library, Map<String, Object> answers) {
    }

    record Saved(boolean updated) {
    }

    private final SurveyAnswering answering;
    private final boolean secureCookies;

    SurveysApi(SurveyAnswering answering, @Value("${server.servlet.session.cookie.secure:false}") boolean secureCookies) {
        this.answering = answering;
        this.secureCookies = secureCookies;
    }

    @GetMapping("/api/surveys/{code}")
    Form form(@PathVariable String code, @RequestParam(defaultValue = "0") long library, HttpServletRequest request) {
        PublicSurvey form = answering.form(code, library, request.getRemoteAddr());
        SurveyChannel c = form.channel();
        return new Form(form.code().value(), form.title(), form.language().code(), form.takesAnswers(), form.lastDay(),
                form.questionnaire(), new Channel(c.id(), c.name(), c.group()));
    }

    /** {@code 201} for this device's first answer, {@code 200} when it replaced the device's earlier one. */
    @PostMapping("/api/surveys/{code}")
    ResponseEntity<Saved> answer(@PathVariable String code, @RequestBody(required = false) Answer body,
                                 HttpServletRequest request, HttpServletResponse response) {
        if (body == null) {
            throw new ValidationFailedException(Violation.of("", "error.notObject"));
        }
        if (body.answers() == null) {
            throw new ValidationFailedException(Violation.of("answers", "error.required"));
        }
        String device = DeviceCookie.orIssue(request, response, secureCookies);
        long library = body.library() == null ? SurveyChannel.NONE : body.library();
        boolean updated = answering.submit(code, library, device, body.answers(), request.getRemoteAddr());
        return ResponseEntity.status(updated ? HttpStatus.OK : HttpStatus.CREATED).body(new Saved(updated));
    }


    @ExceptionHandler(TooManySubmissionsException.class)
    ResponseEntity<ProblemDetail> tooMany(TooManySubmissionsException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "too many survey answers from this network: at most " + AnswerThrottle.LIMIT + " a minute; nothing was saved; "
                        + "try again in " + e.retryAfterSeconds() + " seconds");
        problem.setType(URI.create("about:blank"));
        problem.setProperty("retryAfterSeconds", e.retryAfterSeconds());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds())).body(problem);
    }
}
