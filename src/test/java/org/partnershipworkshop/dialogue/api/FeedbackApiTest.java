package org.partnershipworkshop.dialogue.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.dialogue.Checklist;
import org.partnershipworkshop.dialogue.DialogueService;
import org.partnershipworkshop.dialogue.FeedbackForm;
import org.partnershipworkshop.interchange.InterchangeService;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.security.AccountService;
import org.partnershipworkshop.support.Api;
import org.partnershipworkshop.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The public feedback form over HTTP without an account: read it, answer it once per device (the device's
 * cookie), bad input refused with a message and nothing saved, a flood from one address refused with 429 and
 * a clear message while everything saved stays; managers read the results, nobody else.
 */
@IntegrationTest
class FeedbackApiTest {

    @LocalServerPort
    int port;
    @Autowired
    DialogueService dialogue;
    @Autowired
    InterchangeService interchange;
    @Autowired
    MeetingService meetings;
    @Autowired
    AccountService accounts;

    MeetingDetails meeting;
    FeedbackForm form;

    @BeforeEach
    void openForm() {
        TestData.ensureAccounts(accounts);
        meeting = TestData.importExample(interchange, meetings);
        SystemTask.run(() -> dialogue.setChecklist(meeting.id(), Checklist.ofTexts(meeting.feedback().willUse())));
        form = SystemTask.run(() -> dialogue.open(meeting.id()));
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String deviceCookie(Api.Response response) {
        String header = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("workshop-device="))
                .findFirst().orElseThrow(() -> new AssertionError("no device cookie in " + response.headers()));
        assertThat(header).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/");
        return header.substring(0, header.indexOf(';'));
    }

    private JsonNode results() {
        return new Api(port).get("/api/meetings/" + meeting.id() + "/feedback", Api.basic("manager", TestData.PASSWORD)).json();
    }

    @Test
    void aDeviceAnswersOnceAndThenChangesItsAnswer() {
        Api api = new Api(port, "127.0.0.21");
        String path = "/api/feedback/" + form.code().value();
        JsonNode shown = api.get(path, null).json();
        assertThat(shown.get("open").asBoolean()).isTrue();
        assertThat(shown.get("meeting").get("title").asString()).isEqualTo(meeting.facts().title());
        assertThat(shown.get("items")).hasSize(11);
        assertThat(shown.get("limits").get("comment").asInt()).isEqualTo(2000);
        long first = shown.get("items").get(0).get("id").asLong();
        long last = shown.get("items").get(10).get("id").asLong();

        Api.Response created = api.send("POST", path, null, json("{\"choices\":[" + first + "],\"rating\":4,\"comment\":\"Полезно\"}"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("updated").asBoolean()).isFalse();
        String cookie = deviceCookie(created);

        Api.Response changed = api.send("POST", path, null, json("{\"choices\":[" + last + "],\"rating\":5}"), "Cookie", cookie);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("updated").asBoolean()).isTrue();
        assertThat(changed.headers().allValues("Set-Cookie")).as("the device keeps its key").isEmpty();

        Api.Response another = api.send("POST", path, null, json("{\"rating\":3}"));
        assertThat(another.status()).isEqualTo(201);

        JsonNode results = results();
        assertThat(results.get("answers").asInt()).isEqualTo(2);
        assertThat(results.get("items").get(0).get("count").asInt()).isZero();
        assertThat(results.get("items").get(10).get("count").asInt()).isEqualTo(1);
        assertThat(results.get("ratings").toString()).isEqualTo("[0,0,1,0,1]");
        assertThat(results.get("average").asDouble()).isEqualTo(4.0);
        assertThat(results.get("comments")).isEmpty();
    }

    @Test
    void badInputIsRefusedWithAMessageAndSavesNothing() {
        Api api = new Api(port, "127.0.0.22");
        String path = "/api/feedback/" + form.code().value();
        Api.Response long2001 = api.send("POST", path, null, json("{\"comment\":\"" + "я".repeat(2001) + "\"}"));
        assertThat(long2001.status()).isEqualTo(422);
        assertThat(long2001.json().get("detail").asString()).contains("2,000").contains("2,001");
        assertThat(api.send("POST", path, null, json("{\"rating\":6}")).json().get("detail").asString())
                .contains("from 1 to 5");
        assertThat(api.send("POST", path, null, json("{\"rating\":\"five\"}")).status()).isEqualTo(422);
        assertThat(api.send("POST", path, null, json("{\"choices\":[\"x\"]}")).status()).isEqualTo(422);
        assertThat(api.send("POST", path, null, json("{\"choices\":[987654321]}")).json().get("detail").asString())
                .contains("changed meanwhile");
        Api.Response empty = api.send("POST", path, null, json("{}"));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.json().get("detail").asString()).contains("empty");
        assertThat(api.send("POST", path, null, json("not json")).status()).isEqualTo(400);
        assertThat(api.send("POST", "/api/feedback/NOSUCH22", null, json("{\"rating\":3}")).status()).isEqualTo(404);
        assertThat(api.get("/api/feedback/x", null).status()).isEqualTo(404);
        assertThat(results().get("answers").asInt()).isZero();

        SystemTask.run(() -> dialogue.close(meeting.id()));
        Api.Response closed = api.send("POST", path, null, json("{\"rating\":3}"));
        assertThat(closed.status()).isEqualTo(422);
        assertThat(closed.json().get("detail").asString()).contains("closed");
        assertThat(api.get(path, null).json().get("open").asBoolean()).isFalse();
    }

    @Test
    void aFloodFromOneAddressGets429AndNothingSavedIsLost() {
        Api flood = new Api(port, "127.0.0.23");
        String path = "/api/feedback/" + form.code().value();
        int created = 0;
        Api.Response refused = null;
        for (int i = 0; i < DialogueService.SUBMISSIONS_PER_MINUTE + 10 && refused == null; i++) {
            Api.Response r = flood.send("POST", path, null, json("{\"rating\":" + (1 + i % 5) + ",\"comment\":\"flood " + i + "\"}"));
            if (r.status() == 201) {
                created++;
            } else {
                refused = r;
            }
        }
        assertThat(created).isEqualTo(DialogueService.SUBMISSIONS_PER_MINUTE);
        assertThat(refused).isNotNull();
        assertThat(refused.status()).isEqualTo(429);
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
        assertThat(refused.json().get("detail").asString()).contains("too many").contains("nothing was saved")
                .contains("try again in");
        assertThat(flood.get(path, null).status()).as("reading the form is not refused").isEqualTo(200);
        assertThat(flood.get("/api/feedback/WRONG222", null).status()).as("a wrong code counts too").isEqualTo(429);

        Api neighbour = new Api(port, "127.0.0.24");
        assertThat(neighbour.send("POST", path, null, json("{\"rating\":5,\"comment\":\"from next door\"}")).status())
                .isEqualTo(201);
        JsonNode results = results();
        assertThat(results.get("answers").asInt()).isEqualTo(created + 1);
        assertThat(results.get("comments")).hasSize(created + 1);
    }

    @Test
    void onlyManagersReadTheResults() {
        Api api = new Api(port);
        String path = "/api/meetings/" + meeting.id() + "/feedback";
        assertThat(api.get(path, null).status()).isEqualTo(401);
        assertThat(api.get(path, Api.basic("manager", TestData.PASSWORD)).status()).isEqualTo(200);
        assertThat(api.get(path, Api.basic("manager", TestData.PASSWORD)).json().get("code").asString())
                .isEqualTo(form.code().value());
    }
}
