package org.partnershipworkshop.base.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.partnershipworkshop.base.InputTooLargeException;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.Messages;
import org.partnershipworkshop.base.NotFoundException;
import org.partnershipworkshop.base.PreconditionRequiredException;
import org.partnershipworkshop.base.StaleRevisionException;
import org.partnershipworkshop.base.UnreadableInputException;
import org.partnershipworkshop.base.ValidationFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import jakarta.servlet.ServletException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors of the JSON API as {@code application/problem+json} (RFC 9457): a readable {@code detail} and,
 * for broken rules, one entry per problem with its JSON path. It answers for every controller, Spring MVC's own
 * refusals too (405 with {@code Allow}, 415, 406, an unknown path's 404: decision 0167); the filters answer in the
 * same form through {@link ProblemResponses}.
 */
@RestControllerAdvice
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final Messages messages;

    ApiErrors(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ValidationFailedException.class)
    ResponseEntity<ProblemDetail> invalid(ValidationFailedException e) {
        HttpStatus status = e instanceof UnreadableInputException ? HttpStatus.BAD_REQUEST
                : e instanceof InputTooLargeException ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.UNPROCESSABLE_CONTENT;
        List<Map<String, String>> errors = e.violations().stream()
                .map(v -> Map.of("path", v.path(), "message", messages.describe(v, Language.EN))).toList();
        String detail = errors.size() == 1 ? errors.getFirst().get("message")
                : errors.size() + " problems; nothing was written: " + String.join("; ", errors.stream().map(m -> m.get("message")).toList());
        ProblemDetail problem = problem(status, detail);
        problem.setProperty("errors", errors);
        return ResponseEntity.status(status).body(problem);
    }

    @ExceptionHandler(StaleRevisionException.class)
    ResponseEntity<ProblemDetail> stale(StaleRevisionException e) {
        ProblemDetail problem = problem(HttpStatus.PRECONDITION_FAILED, e.getMessage() + "; nothing was written");
        problem.setProperty("currentRevision", e.currentRevision());
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).body(problem);
    }

    @ExceptionHandler(PreconditionRequiredException.class)
    ResponseEntity<ProblemDetail> preconditionRequired(PreconditionRequiredException e) {
        return ResponseEntity.status(HttpStatus.PRECONDITION_REQUIRED).body(problem(HttpStatus.PRECONDITION_REQUIRED, e.getMessage()));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(Exception e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND, e.getMessage()));
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<ProblemDetail> denied(Exception e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem(HttpStatus.FORBIDDEN, "not allowed for this account or table"));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        if (BodyLimits.causedByLimit(e)) {
            return tooLarge(e);
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "the request body is not valid JSON"));
    }

    /** The body went past the endpoint's limit while it was read (see {@link BodyLimits}). */
    @ExceptionHandler(BodyLimits.BodyTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(Exception e) {
        long limit = -1;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodyLimits.BodyTooLargeException tooLarge) {
                limit = tooLarge.limit();
            }
        }
        ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE,
                "the request body is larger than this endpoint takes (" + limit + " bytes); nothing was read or written");
        problem.setProperty("limitBytes", limit);
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
    }

    /**
     * Spring MVC's own refusals (a method the path does not serve, a content type it does not read, a missing
     * parameter, a path nothing serves) in their status, with their headers ({@code Allow}, {@code Accept}).
     */
    @ExceptionHandler({ServletException.class, ErrorResponseException.class})
    ResponseEntity<ProblemDetail> framework(Exception e) {
        if (!(e instanceof ErrorResponse response)) {
            return unexpected(new IllegalStateException(e));
        }
        HttpStatus status = HttpStatus.resolve(response.getStatusCode().value());
        if (status == null || status.is5xxServerError()) {
            log.error("API request failed", e);
        }
        ProblemDetail problem = response.getBody();
        problem.setType(URI.create("about:blank"));
        problem.setInstance(null);
        if (e instanceof NoResourceFoundException || e instanceof NoHandlerFoundException) {
            problem.setDetail("nothing is served at this address; see docs/API.md");
        }
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders()).body(problem);
    }

    /** A query parameter or path segment that is not of its type, e.g. {@code ?from=abc} or {@code /api/meetings/x}. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "value" : switch (e.getRequiredType().getSimpleName()) {
            case "Integer", "int", "Long", "long" -> "whole number";
            default -> e.getRequiredType().getSimpleName().toLowerCase(java.util.Locale.ROOT);
        };
        String message = "'" + e.getName() + "' must be a " + expected;
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, message);
        problem.setProperty("errors", List.of(Map.of("path", e.getName(), "message", message)));
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> unexpected(RuntimeException e) {
        log.error("API request failed", e);
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "unexpected error; see the server log"));
    }

    private static ProblemDetail problem(HttpStatus status, String detail) {
        return ProblemResponses.problem(status, detail);
    }
}
