package org.partnershipworkshop.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.support.Api;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    @Test
    void pagesAndTheApiSendTheSecurityHeaders() {
        Api api = new Api(port);
        for (String path : new String[] {"/login", "/actuator/health"}) {
            Api.Response response = api.get(path, null);
            assertThat(response.header("Content-Security-Policy")).as(path)
                    .contains("default-src 'self'").contains("frame-ancestors 'none'").contains("object-src 'none'");
            assertThat(response.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).as(path).isIn("DENY", "SAMEORIGIN");
            assertThat(response.header("Referrer-Policy")).as(path).isEqualTo("same-origin");
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        Api.Response login = new Api(port).get("/login", null);
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");
    }
}
