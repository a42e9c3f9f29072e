package org.partnershipworkshop.base.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.partnershipworkshop.base.Json;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * A problem+json answer (RFC 9457) written straight to the servlet response, for the filters that answer before
 * any controller runs (the body limits, the security chains' 401 and 403, a refused bearer token), so every error
 * of the API has the same form as those of {@code ApiErrors}.
 */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("about:blank"));
        return problem;
    }

    public static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        write(response, status, detail, Map.of());
    }

    public static void write(HttpServletResponse response, HttpStatus status, String detail, Map<String, Object> properties)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.putAll(properties);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(Json.MAPPER.writeValueAsBytes(problem));
    }
}
