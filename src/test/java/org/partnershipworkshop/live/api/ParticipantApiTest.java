package org.partnershipworkshop.live.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.interchange.InterchangeService;
import org.partnershipworkshop.live.RoomService;
import org.partnershipworkshop.live.Phase;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.security.AccountService;
import org.partnershipworkshop.support.Api;
import org.partnershipworkshop.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/** Joining over HTTP: the code, the bearer token and what it opens, the 401s and the 429. */
@IntegrationTest
class ParticipantApiTest {

    /** Endpoints any token holder may call: they show no table's or meeting's data. */
    static final Set<String> OPEN = Set.of("GET /api/templates", "POST /api/join",
            // the feedback form, answered without an account by whoever has its code (decision 0063)
            "GET /api/feedback/{code}", "POST /api/feedback/{code}",
            // a reader survey, answered the same way through a library's link (decision 0190)
            "GET /api/surveys/{code}", "POST /api/surveys/{code}");

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    InterchangeService interchange;
    @Autowired
    MeetingService meetings;
    @Autowired
    RoomService room;
    @Autowired
    ApplicationContext context;

    Api api;
    MeetingDetails meeting;
    MeetingDetails other;
    final String facilitator = Api.basic("facilitator", TestData.PASSWORD);
    final String manager = Api.basic("manager", TestData.PASSWORD);

    @BeforeEach
    void setUp() {
        api = new Api(port);
        TestData.ensureAccounts(accounts);
        meeting = TestData.importExample(interchange, meetings);
        other = TestData.importExample(interchange, meetings);
    }

    private long group(MeetingDetails m, int number) {
        return m.groups().stream().filter(g -> g.number() == number).findFirst().orElseThrow().id();
    }

    private String code() {
        Api.Response join = api.get("/api/meetings/" + meeting.id() + "/join", facilitator);
        assertThat(join.status()).isEqualTo(200);
        return join.json().get("code").asString();
    }

    private Api.Response join(String code, Object group) {
        return join(api, code, group);
    }

    private static Api.Response join(Api client, String code, Object group) {
        String body = "{\"code\":\"" + code + "\",\"group\":" + group + "}";
        return client.send("POST", "/api/join", null, body.getBytes(StandardCharsets.UTF_8));
    }

    private String token(int table) {
        Api.Response joined = join(code(), table);
        assertThat(joined.status()).isEqualTo(200);
        assertThat(joined.json().get("groupId").asLong()).isEqualTo(group(meeting, table));
        assertThat(joined.json().get("expiresAt").asString()).isNotBlank();
        assertThat(joined.header("Set-Cookie")).as("no cookie, so no CSRF exposure").isNull();
        return "Bearer " + joined.json().get("token").asString();
    }

    @Test
    void theFacilitatorGetsTheCodeAndTheLinkOthersDoNot() {
        Api.Response join = api.get("/api/meetings/" + meeting.id() + "/join", facilitator);
        String code = join.json().get("code").asString();
        assertThat(code).matches("[A-HJKMNP-Z2-9]{8}");
        assertThat(join.json().get("url").asString()).endsWith("/join?code=" + code);
        assertThat(api.get("/api/meetings/" + meeting.id() + "/join", manager).status()).isEqualTo(403);
        assertThat(api.get("/api/meetings/" + meeting.id() + "/join", null).status()).isEqualTo(401);
        assertThat(api.get("/api/meetings/999999/join", facilitator).status()).isEqualTo(404);
    }

    @Test
    void aTokenOpensItsOwnCanvasAndNothingOfAnotherTable() {
        String token = token(2);
        long own = group(meeting, 2);
        Api.Response canvas = api.get("/api/groups/" + own + "/canvas", token);
        assertThat(canvas.status()).isEqualTo(200);
        String etag = canvas.header("ETag");
        Api.Response put = api.send("PUT", "/api/groups/" + own + "/canvas", token,
                "{\"fields\":{\"goal\":[\"Нова цел\"]}}".getBytes(StandardCharsets.UTF_8), "If-Match", etag);
        assertThat(put.status()).isEqualTo(200);
        assertThat(put.json().get("savedBy").asString()).isEqualTo("table-2");
        assertThat(api.get("/api/groups/" + own + "/canvas/revisions", token).status()).isEqualTo(200);
        assertThat(api.get("/api/meetings/" + meeting.id() + "/groups", token).status()).isEqualTo(200);

        Map<String, Integer> reached = new TreeMap<>();
        RequestMappingHandlerMapping mapping = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    String endpoint = method + " " + pattern;
                    String path = pattern.replace("{groupId}", String.valueOf(group(meeting, 3)))
                            .replace("{meetingId}", String.valueOf(other.id())).replace("{id}", String.valueOf(other.id()))
                            .replace("{code}", "ABCD2345")
                            .replaceAll("\\{[A-Za-z]+Id}", "1"); // ids of features that a table never reaches
                    byte[] body = method == RequestMethod.GET ? null : "{}".getBytes(StandardCharsets.UTF_8);
                    int status = api.send(method.name(), path, token, body, "If-Match", "\"1\"").status();
                    if (!OPEN.contains(endpoint) && status != 403) {
                        reached.put(endpoint, status);
                    }
                }
            }
        }
        assertThat(reached).as("endpoints that did not refuse table 2's token for table 3 or another meeting").isEmpty();
    }

    @Test
    void wrongCodesAndTablesAre401AndTheEleventhTryIs429() {
        String code = code();
        // Requests leaving from a loopback address of their own, so other tests' joins do not count.
        Api client = new Api(port, "127.0.%d.%d".formatted(ThreadLocalRandom.current().nextInt(1, 255),
                ThreadLocalRandom.current().nextInt(2, 255)));
        Api.Response wrongCode = join(client, "ZZZZZZZZ", 2);
        assertThat(wrongCode.status()).isEqualTo(401);
        assertThat(wrongCode.header("Content-Type")).startsWith("application/problem+json");
        assertThat(wrongCode.json().get("detail").asString()).contains("wrong join code");
        assertThat(join(client, code, 42).status()).as("no such table").isEqualTo(401);
        assertThat(client.send("POST", "/api/join", null, "{\"code\":\"x\"}".getBytes(StandardCharsets.UTF_8)).status())
                .as("no table number: a broken request, not a guess").isEqualTo(422);
        for (int i = 3; i <= 10; i++) {
            assertThat(join(client, "ZZZZZZZZ", 2).status()).as("wrong try %d", i).isEqualTo(401);
        }
        Api.Response refused = join(client, "ZZZZZZZZ", 2);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = refused.json();
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("detail").asString()).contains("too many wrong join codes").contains("10 a minute");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
        assertThat(join(client, code, 2).status()).as("even the right code waits").isEqualTo(429);
        assertThat(join(code, 2).status()).as("another client joins").isEqualTo(200);
    }

    @Test
    void aTokenEndsWhenTheMeetingCloses() {
        String token = token(5);
        long own = group(meeting, 5);
        assertThat(api.get("/api/groups/" + own + "/canvas", token).status()).isEqualTo(200);
        SystemTask.run(() -> room.setPhase(meeting.id(), Phase.CLOSED));
        Api.Response after = api.get("/api/groups/" + own + "/canvas", token);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(api.get("/api/groups/" + own + "/canvas", "Bearer not-a-token").status()).isEqualTo(401);
    }
}
