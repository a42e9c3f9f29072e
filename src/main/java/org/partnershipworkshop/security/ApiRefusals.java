package org.partnershipworkshop.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.partnershipworkshop.base.api.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * The API chain's refusals as problem+json (decision 0167): no or wrong credentials 401 (with the schemes to
 * use), a sign-in held back 429 with {@code Retry-After}, a role that may not 403.
 */
final class ApiRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "Basic realm=\"Partnership Workshop\", Bearer";

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof SignInThrottledException throttled) {
            long seconds = Math.max(1, (throttled.retryAfter().toMillis() + 999) / 1000);
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            ProblemResponses.write(response, HttpStatus.TOO_MANY_REQUESTS, "too many failed sign-ins for this account "
                    + "from this address; try again in " + seconds + " seconds", Map.of("retryAfterSeconds", seconds));
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, REALM);
        ProblemResponses.write(response, HttpStatus.UNAUTHORIZED,
                "sign in with HTTP Basic (an account) or a bearer token (a table that joined)");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        ProblemResponses.write(response, HttpStatus.FORBIDDEN, "not allowed for this account or table");
    }
}
