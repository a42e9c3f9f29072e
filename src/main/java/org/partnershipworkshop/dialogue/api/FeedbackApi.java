package org.partnershipworkshop.dialogue.api;

import org.partnershipworkshop.survey.ui.DeviceCookie;
import org.partnershipworkshop.survey.TooManySubmissionsException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.partnershipworkshop.dialogue.Answer;

import org.partnershipworkshop.dialogue.DialogueService;
import org.partnershipworkshop.dialogue.FeedbackResults;
import org.partnershipworkshop.dialogue.PublicForm;
import org.partnershipworkshop.dialogue.Submitted;

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
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The feedback form over HTTP: anyone with the form's code reads it and answers it (one answer per device: the
 * device's anonymous key travels in the {@code workshop-device} cookie, issued with the first answer); managers
 * read a meeting's results.
 */
@RestController
class FeedbackApi {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final DialogueService dialogue;
    private final boolean secureCookies;

    FeedbackApi(DialogueService dialogue, @Value("${server.servlet.session.cookie.secure:false}") boolean secureCookies) {
        this.dialogue = dialogue;
        this.secureCookies = secureCookies;
    }

    @GetMapping("/api/feedback/{code}")
    ObjectNode form(@PathVariable String code, HttpServletRequest request) {
        PublicForm form = dialogue.publicForm(code, request.getRemoteAddr());
        ObjectNode o = NODES.objectNode().put("code", form.code().value()).put("open", form.open());
        o.putObject("meeting").put("title", form.meetingTitle()).put("startDate", form.startDate().toString())
                .put("endDate", form.endDate().toString()).put("language", form.language().code());
        ArrayNode items = o.putArray("items");
        form.items().forEach(i -> items.addObject().put("id", i.id()).put("text", i.text()));
        o.putObject("limits").put("comment", Limits.TEXT).put("items", Limits.ENTRIES)
                .put("minRating", Answer.MIN_RATING).put("maxRating", Answer.MAX_RATING);
        return o;
    }

    /** {@code 201} for this device's first answer, {@code 200} when it replaced the device's earlier one. */
    @PostMapping("/api/feedback/{code}")
    ResponseEntity<ObjectNode> answer(@PathVariable String code, @RequestBody JsonNode body, HttpServletRequest request,
                                      HttpServletResponse response) {
        Answer answer = read(body);
        String device = DeviceCookie.orIssue(request, response, secureCookies);
        Submitted saved = dialogue.submit(code, device, answer, request.getRemoteAddr());
        ObjectNode o = NODES.objectNode().put("updated", saved.updated());
        ArrayNode choices = o.putArray("choices");
        saved.answer().choices().stream().sorted().forEach(choices::add);
        if (saved.answer().rating() != null) {
            o.put("rating", saved.answer().rating());
        }
        if (saved.answer().comment() != null) {
            o.put("comment", saved.answer().comment());
        }
        return ResponseEntity.status(saved.updated() ? HttpStatus.OK : HttpStatus.CREATED).body(o);
    }

    @GetMapping("/api/meetings/{meetingId}/feedback")
    ObjectNode results(@PathVariable long meetingId) {
        FeedbackResults r = dialogue.results(meetingId);
        ObjectNode o = NODES.objectNode().put("exists", r.exists()).put("open", r.open()).put("answers", r.answers());
        if (r.code() != null) {
            o.put("code", r.code().value());
        }
        ArrayNode items = o.putArray("items");
        r.items().forEach(i -> items.addObject().put("id", i.id()).put("text", i.text()).put("count", i.count()));
        ArrayNode ratings = o.putArray("ratings");
        r.ratings().forEach(ratings::add);
        if (r.average() != null) {
            o.put("average", r.average());
        }
        ArrayNode comments = o.putArray("comments");
        r.comments().forEach(comments::add);
        return o;
    }


    /** The body {@code {choices: [ids], rating: 1–5, comment: "…"}}; every member optional, each of its type. */
    private static Answer read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new ValidationFailedException(Violation.of("", "error.notObject"));
        }
        List<Violation> problems = new ArrayList<>();
        Set<Long> choices = new HashSet<>();
        JsonNode list = body.get("choices");
        if (list != null && !list.isNull()) {
            if (!list.isArray()) {
                problems.add(Violation.of("choices", "error.notArray"));
            } else if (list.size() > Limits.ENTRIES) {
                problems.add(Violation.of("choices", "error.tooMany", Limits.ENTRIES, list.size()));
            } else {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i).isIntegralNumber() && list.get(i).canConvertToLong()) {
                        choices.add(list.get(i).longValue());
                    } else {
                        problems.add(Violation.of("choices[" + i + "]", "error.notInteger"));
                    }
                }
            }
        }
        Integer rating = null;
        JsonNode mark = body.get("rating");
        if (mark != null && !mark.isNull()) {
            if (mark.isIntegralNumber() && mark.canConvertToInt()) {
                rating = mark.intValue();
            } else {
                problems.add(Violation.of("rating", "error.notInteger"));
            }
        }
        String comment = null;
        JsonNode text = body.get("comment");
        if (text != null && !text.isNull()) {
            if (text.isString()) {
                comment = text.stringValue();
            } else {
                problems.add(Violation.of("comment", "error.notString"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        return new Answer(choices, rating, comment);
    }

    @ExceptionHandler(TooManySubmissionsException.class)
    ResponseEntity<ProblemDetail> tooMany(TooManySubmissionsException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "too many feedback answers from this network: at most " + DialogueService.SUBMISSIONS_PER_MINUTE + " a minute; nothing was saved; "
                        + "try again in " + e.retryAfterSeconds() + " seconds");
        problem.setType(URI.create("about:blank"));
        problem.setProperty("retryAfterSeconds", e.retryAfterSeconds());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds())).body(problem);
    }
}
