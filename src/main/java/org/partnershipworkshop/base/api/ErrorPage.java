package org.partnershipworkshop.base.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the servlet container's error dispatch answers (a {@code sendError} of a filter, an exception no handler
 * caught): problem+json with the status, never Spring Boot's default JSON or a stack trace (decision 0167).
 */
@RestController
class ErrorPage implements ErrorController {

    @RequestMapping(value = "/error", produces = {MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.APPLICATION_JSON_VALUE, "*/*"})
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer c && HttpStatus.resolve(c) != null ? HttpStatus.resolve(c)
                : HttpStatus.INTERNAL_SERVER_ERROR;
        String detail = switch (status) {
            case NOT_FOUND -> "nothing is served at this address; see docs/API.md";
            case UNAUTHORIZED -> "sign in (HTTP Basic) or join a table (bearer token) first";
            case FORBIDDEN -> "not allowed for this account or table";
            case INTERNAL_SERVER_ERROR -> "unexpected error; see the server log";
            default -> status.getReasonPhrase().toLowerCase(java.util.Locale.ROOT);
        };
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemResponses.problem(status, detail));
    }
}
