package org.partnershipworkshop.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.base.api.BodyLimits;
import org.partnershipworkshop.interchange.InterchangeService;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.support.Api;
import org.partnershipworkshop.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 13, findings 6 (body limits), 11 (the join link never follows the Host header) and 13 (problem+json). */
@IntegrationTest
class ApiHardeningTest {

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    InterchangeService interchange;
    @Autowired
    MeetingService meetings;

    private String facilitator() {
        TestData.ensureAccounts(accounts);
        return Api.basic("facilitator", TestData.PASSWORD);
    }

    private static void assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("detail").asString()).isNotBlank();
    }

    @Test
    void anonymousBodiesOverTheirLimitAre413BeforeAnythingIsParsed() {
        Api api = new Api(port);
        byte[] big = ("{\"code\":\"ABCD2345\",\"group\":1,\"x\":\"" + "a".repeat(6 * 1024 * 1024) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        assertProblem(api.send("POST", "/api/join", null, big), 413);
        assertProblem(api.send("POST", "/api/feedback/ABCD2345", null, new byte[BodyLimits.FEEDBACK_BYTES + 1]), 413);
        assertProblem(api.send("POST", "/api/surveys/ABCD2345", null, new byte[BodyLimits.SURVEY_BYTES + 1]), 413);
        assertProblem(api.send("POST", "/api/meetings", facilitator(), new byte[org.partnershipworkshop.base.Limits.DOCUMENT_BYTES + 1]), 413);
        assertThat(api.send("POST", "/api/join", null, "{\"code\":\"ABCD2345\",\"group\":1}".getBytes(StandardCharsets.UTF_8))
                .status()).as("a body within the limit is read").isEqualTo(401);
    }

    @Test
    void aBodyWithoutLengthIsCutOffAtTheLimit() throws IOException {
        String chunk = "a".repeat(4096);
        StringBuilder body = new StringBuilder();
        body.append(Integer.toHexString(16)).append("\r\n").append("{\"code\":\"x\",\"y\":").append("\r\n");
        for (int i = 0; i < 4; i++) {
            body.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
        }
        body.append("0\r\n\r\n");
        String response = raw("POST /api/join HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n" + body);
        assertThat(response).startsWith("HTTP/1.1 413").contains("application/problem+json");
    }

    @Test
    void everyApiErrorIsProblemJson() throws IOException {
        Api api = new Api(port);
        String facilitator = facilitator();
        Api.Response unauthorized = api.get("/api/meetings", null);
        assertProblem(unauthorized, 401);
        assertThat(unauthorized.header("WWW-Authenticate")).contains("Basic");
        assertProblem(api.get("/api/backup", facilitator), 403);
        Api.Response method = api.send("DELETE", "/api/templates", facilitator, null);
        assertProblem(method, 405);
        assertThat(method.header("Allow")).contains("GET");
        String unsupported = raw("POST /api/join HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
                + "Content-Length: 1\r\nConnection: close\r\n\r\nx");
        assertThat(unsupported).startsWith("HTTP/1.1 415").contains("application/problem+json").contains("\"status\":415");
        assertProblem(api.get("/api/no-such-thing", facilitator), 404);
        assertProblem(api.get("/api/no-such-thing", null), 401);
        assertProblem(api.get("/actuator/no-such-thing", Api.basic("admin", IntegrationTest.ADMIN_PASSWORD)), 404);
        assertProblem(api.get("/api/meetings/abc", facilitator), 400);
        assertThat(api.get("/actuator/health", null).status()).isEqualTo(200);
    }

    @Test
    void theJoinLinkNeverFollowsTheHostHeader() throws IOException {
        MeetingDetails meeting = TestData.importExample(interchange, meetings);
        facilitator();
        String auth = "Basic " + Base64.getEncoder().encodeToString(("facilitator:" + TestData.PASSWORD).getBytes(StandardCharsets.UTF_8));
        String response = raw("GET /api/meetings/" + meeting.id() + "/join HTTP/1.1\r\nHost: evil.example\r\n"
                + "Authorization: " + auth + "\r\nConnection: close\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 200").doesNotContain("evil.example").contains("\"url\":\"http://127.0.0.1:" + port + "/join?code=");

        Api proxy = new Api(port, IntegrationTest.TRUSTED_PROXY);
        Api.Response forwarded = proxy.send("GET", "/api/meetings/" + meeting.id() + "/join", facilitator(), null,
                "X-Forwarded-For", "203.0.113.9", "X-Forwarded-Proto", "https", "X-Forwarded-Host", "workshop.example.org",
                "X-Forwarded-Port", "443");
        assertThat(forwarded.json().get("url").asString()).startsWith("https://workshop.example.org/join?code=");
        Api.Response spoofed = new Api(port).send("GET", "/api/meetings/" + meeting.id() + "/join", facilitator(), null,
                "X-Forwarded-Proto", "https", "X-Forwarded-Host", "evil.example");
        assertThat(spoofed.json().get("url").asString()).as("headers of a client that is no trusted proxy")
                .startsWith("http://127.0.0.1:" + port + "/join?code=");
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
