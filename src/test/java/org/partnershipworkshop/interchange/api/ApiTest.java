package org.partnershipworkshop.interchange.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.base.Json;
import org.partnershipworkshop.security.AccountService;
import org.partnershipworkshop.support.Api;
import org.partnershipworkshop.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The HTTP API of API.md: status codes, problem+json with paths, ETag/If-Match, roles. */
@IntegrationTest
@Tag("postgres")
class ApiTest {

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;

    Api api;
    final String facilitator = Api.basic("facilitator", TestData.PASSWORD);
    final String manager = Api.basic("manager", TestData.PASSWORD);

    @BeforeEach
    void setUp() {
        api = new Api(port);
        TestData.ensureAccounts(accounts);
    }

    private long importExample() {
        Api.Response created = api.send("POST", "/api/meetings", facilitator, TestData.example());
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.header("Location")).isEqualTo("/api/meetings/" + id);
        return id;
    }

    private long groupId(long meetingId, int number) {
        for (JsonNode g : api.get("/api/meetings/" + meetingId + "/groups", manager).json()) {
            if (g.get("number").asInt() == number) {
                return g.get("id").asLong();
            }
        }
        throw new AssertionError("no group " + number);
    }

    @Test
    void healthIsPublic() {
        Api.Response health = api.get("/actuator/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void anAccountIsNeeded() {
        assertThat(api.get("/api/meetings", null).status()).isEqualTo(401);
        assertThat(api.get("/api/meetings", Api.basic("manager", "wrong-password")).status()).isEqualTo(401);
    }

    @Test
    void templatesListFieldsWithLabelsInEveryLanguage() {
        JsonNode templates = api.get("/api/templates", manager).json();
        JsonNode smart = null;
        for (JsonNode t : templates) {
            if (t.get("id").asString().equals("smart-diagram")) {
                smart = t;
            }
        }
        assertThat(smart).isNotNull();
        assertThat(smart.get("fields")).hasSize(11);
        assertThat(smart.get("fields").get(4).get("kind").asString()).isEqualTo("resources");
        assertThat(smart.get("fields").get(0).get("labels").get("ru").asString()).isEqualTo("Целевая группа");
    }

    @Test
    void importListExportAndGroups() {
        long id = importExample();
        assertThat(api.get("/api/meetings", manager).json().findValues("id")).extracting(JsonNode::asLong).contains(id);
        JsonNode exported = api.get("/api/meetings/" + id, manager).json();
        assertThat(exported.get("format").asString()).isEqualTo("workshop-meeting/1");
        assertThat(exported.get("meeting").get("groups")).hasSize(9);
        JsonNode groups = api.get("/api/meetings/" + id + "/groups", manager).json();
        assertThat(groups).hasSize(9);
        assertThat(groups.get(1).get("name").asString()).isEqualTo("Ученици");
        assertThat(api.get("/api/meetings/999999", manager).status()).isEqualTo(404);
    }

    @Test
    void importRefusalsAnswerWithProblemJson() {
        Api.Response notJson = api.send("POST", "/api/meetings", facilitator, "not json".getBytes(StandardCharsets.UTF_8));
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.header("Content-Type")).startsWith("application/problem+json");

        ObjectNode doc = (ObjectNode) Json.MAPPER.readTree(TestData.example());
        ((ObjectNode) doc.get("meeting").get("groups").get(2).get("canvas").get("partners").get(0)).put("type", "cafe");
        Api.Response invalid = api.send("POST", "/api/meetings", facilitator, Json.MAPPER.writeValueAsBytes(doc));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.header("Content-Type")).startsWith("application/problem+json");
        JsonNode error = invalid.json().get("errors").get(0);
        assertThat(error.get("path").asString()).isEqualTo("meeting.groups[2].canvas.partners[0].type");
        assertThat(error.get("message").asString()).contains("unknown partner type \"cafe\"; allowed: library");

        byte[] huge = new byte[5 * 1024 * 1024 + 10];
        java.util.Arrays.fill(huge, (byte) ' ');
        assertThat(api.send("POST", "/api/meetings", facilitator, huge).status()).isEqualTo(413);

        assertThat(api.send("POST", "/api/meetings", manager, TestData.example()).status()).isEqualTo(403);
    }

    @Test
    void canvasSavesNeedTheCurrentRevision() {
        long group = groupId(importExample(), 2);
        String path = "/api/groups/" + group + "/canvas";
        Api.Response current = api.get(path, manager);
        assertThat(current.status()).isEqualTo(200);
        long revision = current.json().get("revision").asLong();
        assertThat(current.header("ETag")).isEqualTo("\"" + revision + "\"");
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.set("fields", current.json().get("fields").deepCopy());
        ((ObjectNode) body.get("fields")).putArray("goal").add("Децата обичат да учат");
        byte[] bytes = Json.MAPPER.writeValueAsBytes(body);

        assertThat(api.send("PUT", path, facilitator, bytes).status()).isEqualTo(428);
        assertThat(api.send("PUT", path, manager, bytes, "If-Match", "\"" + revision + "\"").status()).isEqualTo(403);
        Api.Response saved = api.send("PUT", path, facilitator, bytes, "If-Match", "\"" + revision + "\"");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().get("revision").asLong()).isEqualTo(revision + 1);
        assertThat(saved.json().get("fields").get("goal").get(0).asString()).isEqualTo("Децата обичат да учат");

        Api.Response stale = api.send("PUT", path, facilitator, bytes, "If-Match", "\"" + revision + "\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(api.get(path, manager).json().get("revision").asLong()).isEqualTo(revision + 1);

        ((ObjectNode) body.get("fields")).putArray("mood").add("x");
        Api.Response invalid = api.send("PUT", path, facilitator, Json.MAPPER.writeValueAsBytes(body),
                "If-Match", "\"" + (revision + 1) + "\"");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().get("errors").get(0).get("path").asString()).isEqualTo("fields.mood");

        JsonNode revisions = api.get(path + "/revisions", manager).json();
        assertThat(revisions).hasSize(2);
        assertThat(revisions.get(0).get("revision").asLong()).isEqualTo(revision);
        assertThat(revisions.get(1).get("savedBy").asString()).isEqualTo("facilitator");
        assertThat(revisions.get(0).get("fields").has("goal")).isFalse();
    }

    @Test
    void aFieldLeftOutOfAPutBecomesEmpty() {
        long group = groupId(importExample(), 1);
        String path = "/api/groups/" + group + "/canvas";
        long revision = api.get(path, manager).json().get("revision").asLong();
        byte[] onlyNeeds = "{\"fields\":{\"needs\":[\"Повече туристи\"]}}".getBytes(StandardCharsets.UTF_8);
        Api.Response saved = api.send("PUT", path, facilitator, onlyNeeds, "If-Match", "\"" + revision + "\"");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().get("fields").propertyNames()).containsExactly("needs");
    }
}
