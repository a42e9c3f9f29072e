package org.partnershipworkshop.live.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.partnershipworkshop.live.JoinInfo;
import org.partnershipworkshop.live.JoinLinks;
import org.partnershipworkshop.live.JoinService;
import org.partnershipworkshop.live.SeatGrant;
import org.partnershipworkshop.live.TooManyJoinAttemptsException;
import org.partnershipworkshop.live.WrongJoinException;
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
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Joining a table over HTTP (API.md): the facilitator reads the join code and link; a client exchanges code
 * and table number for a bearer token scoped to that table.
 */
@RestController
class JoinApi {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JoinService joining;
    private final JoinLinks links;

    JoinApi(JoinService joining, JoinLinks links) {
        this.joining = joining;
        this.links = links;
    }

    @GetMapping("/api/meetings/{meetingId}/join")
    ObjectNode join(@PathVariable long meetingId) {
        JoinInfo info = joining.joinInfo(meetingId);
        return NODES.objectNode().put("code", info.code().value()).put("url", links.url(info.code()))
                .put("open", info.open());
    }

    @PostMapping("/api/join")
    ObjectNode join(@RequestBody JsonNode body, HttpServletRequest request) {
        if (body == null || !body.isObject()) {
            throw new ValidationFailedException(Violation.of("", "error.notObject"));
        }
        JsonNode code = body.get("code");
        JsonNode group = body.get("group");
        if (code == null || !code.isString()) {
            throw new ValidationFailedException(Violation.of("code", "join.error.codeMissing"));
        }
        if (group == null || !group.canConvertToInt() || !group.isIntegralNumber()) {
            throw new ValidationFailedException(Violation.of("group", "join.error.groupMissing"));
        }
        SeatGrant grant = joining.issueToken(code.stringValue(), group.intValue(), request.getRemoteAddr());
        return NODES.objectNode().put("token", grant.token()).put("groupId", grant.groupId())
                .put("expiresAt", grant.expiresAt().toString());
    }

    @ExceptionHandler(WrongJoinException.class)
    ResponseEntity<ProblemDetail> wrong(WrongJoinException e) {
        ProblemDetail problem = problem(HttpStatus.UNAUTHORIZED,
                "wrong join code or table number, or the meeting is closed; check the code on the projector");
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
    }

    @ExceptionHandler(TooManyJoinAttemptsException.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyJoinAttemptsException e) {
        ProblemDetail problem = problem(HttpStatus.TOO_MANY_REQUESTS, "too many wrong join codes from this device: "
                + "at most 10 a minute; try again in " + e.retryAfterSeconds() + " seconds");
        problem.setProperty("retryAfterSeconds", e.retryAfterSeconds());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds())).body(problem);
    }

    private static ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("about:blank"));
        return problem;
    }
}
