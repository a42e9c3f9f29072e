package org.partnershipworkshop.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.audit.AuditEntry;
import org.partnershipworkshop.audit.AuditService;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.support.Api;
import org.partnershipworkshop.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 13, findings 7 (parallel wrong passwords), 8 (a trusted proxy's client address), 9 (refusals are one
 * audit entry with a count) and 10 (login CSRF), over HTTP against the running application.
 */
@IntegrationTest
class SignInHardeningTest {

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    AuditService audit;

    private List<AuditEntry> entries(String action, String account) {
        return SystemTask.run(() -> audit.search("account " + account, 0, 500)).stream()
                .filter(e -> e.action().equals(action) && e.subject().equals("account " + account)).toList();
    }

    @Test
    void thirtyParallelWrongPasswordsCheckOnlyFiveAndTheRestAreHeldBackAs429() throws Exception {
        String name = "parallel-" + System.nanoTime();
        Api api = new Api(port, "127.0.0.31");
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<Api.Response>> calls = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            calls.add(pool.submit(() -> api.get("/api/meetings", Api.basic(name, "wrong-password"))));
        }
        int unauthorized = 0;
        int held = 0;
        for (Future<Api.Response> call : calls) {
            Api.Response response = call.get();
            if (response.status() == 401) {
                unauthorized++;
            } else if (response.status() == 429) {
                held++;
                assertThat(response.header("Retry-After")).isNotBlank();
                assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            }
        }
        pool.shutdown();
        assertThat(unauthorized).isEqualTo(SignInThrottle.PAIR_BURST);
        assertThat(held).isEqualTo(30 - SignInThrottle.PAIR_BURST);
        assertThat(entries("signin.failed", name)).hasSize(SignInThrottle.PAIR_BURST);
    }

    @Test
    void twoHundredRefusalsAreOneAuditEntryWithTheirCount() {
        String name = "repeated-" + System.nanoTime();
        Api api = new Api(port, "127.0.0.32");
        for (int i = 0; i < SignInThrottle.PAIR_BURST; i++) {
            assertThat(api.get("/api/meetings", Api.basic(name, "wrong")).status()).isEqualTo(401);
        }
        for (int i = 0; i < 200; i++) {
            assertThat(api.get("/api/meetings", Api.basic(name, "wrong")).status()).isEqualTo(429);
        }
        List<AuditEntry> held = entries("signin.throttled", name);
        assertThat(held).hasSize(1);
        assertThat(held.getFirst().repeats()).isEqualTo(200);
        assertThat(held.getFirst().detail()).isEqualTo("from 127.0.0.32");
    }

    @Test
    void behindATrustedProxyTheClientsAddressIsCountedAndAClientCannotClaimOne() {
        TestData.ensureAccounts(accounts);
        String name = "proxied-" + System.nanoTime();
        Api proxy = new Api(port, IntegrationTest.TRUSTED_PROXY);
        for (int i = 0; i < SignInThrottle.PAIR_BURST + 1; i++) {
            proxy.send("GET", "/api/meetings", Api.basic(name, "wrong"), null, "X-Forwarded-For", "203.0.113.50");
        }
        assertThat(entries("signin.failed", name)).allSatisfy(e -> assertThat(e.detail()).isEqualTo("from 203.0.113.50"));
        assertThat(proxy.send("GET", "/api/meetings", Api.basic(name, "wrong"), null, "X-Forwarded-For", "203.0.113.51")
                .status()).as("another client behind the same proxy").isEqualTo(401);

        String other = "claims-" + System.nanoTime();
        new Api(port, "127.0.0.33").send("GET", "/api/meetings", Api.basic(other, "wrong"), null, "X-Forwarded-For", "198.51.100.1");
        assertThat(entries("signin.failed", other)).singleElement()
                .satisfies(e -> assertThat(e.detail()).as("not a trusted proxy").isEqualTo("from 127.0.0.33"));
    }

    @Test
    void theSignInFormNeedsItsCsrfToken() throws IOException, InterruptedException {
        TestData.ensureAccounts(accounts);
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        String form = "username=facilitator&password=" + URLEncoder.encode(TestData.PASSWORD, StandardCharsets.UTF_8);

        HttpResponse<String> forged = post(HttpClient.newHttpClient(), form);
        assertThat(forged.statusCode()).as("another site's form, no token").isEqualTo(403);

        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        Matcher parameter = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).as("the login page carries the token for its form").isTrue();
        assertThat(parameter.find()).isTrue();
        HttpResponse<String> signedIn = post(browser, form + "&" + parameter.group(1) + "=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    private HttpResponse<String> post(HttpClient client, String form) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
