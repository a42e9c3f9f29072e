package org.partnershipworkshop.action.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.library.Libraries;
import org.partnershipworkshop.library.LibraryService;
import org.partnershipworkshop.security.AccountService;
import org.partnershipworkshop.security.LibraryAccountService;
import org.partnershipworkshop.support.Api;
import org.partnershipworkshop.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The actions' endpoints as a client sees them: a workshop-action/1 document's 201 and its 422 with the path, the
 * document read back as sent, the survey's links, a library's plan of events and report with If-Match (428
 * without, 412 when stale), submitted late and returned with a comment; another library's account refused.
 */
@IntegrationTest
class ActionsApiTest {

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    LibraryService libraries;
    @Autowired
    LibraryAccountService libraryAccounts;

    private final String facilitator = Api.basic("facilitator", TestData.PASSWORD);
    private final String manager = Api.basic("manager", TestData.PASSWORD);

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anActionIsCreatedReadBackAndItsLibrariesReportThroughTheApi() throws Exception {
        TestData.ensureAccounts(accounts);
        Api api = new Api(port);
        String u = Libraries.unique();
        long first = Libraries.create(libraries, "api-action-a");
        long second = Libraries.create(libraries, "api-action-b");
        String firstKey = org.partnershipworkshop.base.SystemTask.run(() -> libraries.library(first)).facts().key();
        String secondKey = org.partnershipworkshop.base.SystemTask.run(() -> libraries.library(second)).facts().key();
        String document = """
                {"format": "workshop-action/1", "title": "Неделя качества %s", "kind": "campaign", "language": "ru",
                 "starts": "2020-03-01", "ends": "2020-03-08", "reportsDue": "2020-03-10",
                 "hashtags": ["#неделякачества"],
                 "regulation": [{"heading": "1. Общие положения", "text": "Акция проводится.\\n\\nВторой абзац."}],
                 "stages": [{"name": "Районный этап", "starts": "2020-03-01", "ends": "2020-03-08"}],
                 "partners": [],
                 "questionnaire": {"questions": [{"id": "overall", "kind": "rating", "required": true, "scale": 5,
                   "labels": {"bg": "Оценка", "ru": "Оценка", "en": "Rating"}}]},
                 "libraries": [{"library": "%s", "joined": "invited", "events": [
                   {"title": "Выставка", "date": "2020-03-02", "form": "exhibition", "place": "library",
                    "outcome": {"held": true, "participants": 12}}]},
                   {"library": "%s", "joined": "self", "events": []}]}""".formatted(u, firstKey, secondKey);
        assertThat(api.send("POST", "/api/actions", manager, utf8(document)).status()).isEqualTo(403);
        Api.Response broken = api.send("POST", "/api/actions", facilitator, utf8(document.replace("\"scale\": 5", "\"scale\": 7")));
        assertThat(broken.status()).isEqualTo(422);
        assertThat(broken.body()).contains("questionnaire.questions[0].scale");
        Api.Response created = api.send("POST", "/api/actions", facilitator, utf8(document));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();

        // the document as written: every list present (empty ones too), members in the format's order
        JsonNode read = api.get("/api/actions/" + id, manager).json();
        assertThat(read).isEqualTo(org.partnershipworkshop.base.Json.MAPPER.readTree(document));
        JsonNode links = api.get("/api/actions/" + id + "/survey", manager).json();
        assertThat(links.get("libraries")).hasSize(2);
        assertThat(links.get("libraries").get(0).get("url").asString()).contains("/survey/" + links.get("code").asString() + "/");

        String own = Api.basic(Libraries.accountWithPassword(libraryAccounts, first), TestData.PASSWORD);
        String other = Api.basic(Libraries.accountWithPassword(libraryAccounts, second), TestData.PASSWORD);
        String report = "/api/actions/" + id + "/reports/" + first;
        Api.Response mine = api.get(report, own);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().get("counted").get("events").asInt()).isEqualTo(1);
        assertThat(mine.json().get("counted").get("participants").asInt()).isEqualTo(12);
        assertThat(api.get(report, other).status()).isEqualTo(403);
        assertThat(api.get("/api/actions/" + id + "/dashboard", own).status()).isEqualTo(403);

        byte[] text = utf8("{\"sections\": {\"course\": [\"Прошла хорошо.\"], \"highlights\": [\"Выставка\"]}, \"figures\": {\"participants\": 15}}");
        assertThat(api.send("PUT", report, own, text).status()).isEqualTo(428);
        assertThat(api.send("PUT", report, other, text, "If-Match", "\"1\"").status()).isEqualTo(403);
        Api.Response saved = api.send("PUT", report, own, text, "If-Match", mine.header("ETag"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("reported").get("participants").asInt()).isEqualTo(15);
        assertThat(saved.json().get("sections").get("course").get(0).asString()).isEqualTo("Прошла хорошо.");
        assertThat(api.send("PUT", report, own, text, "If-Match", mine.header("ETag")).status()).isEqualTo(412);
        Api.Response unknown = api.send("PUT", report, own, utf8("{\"sections\": {\"nope\": [\"x\"]}}"), "If-Match", saved.header("ETag"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body()).contains("sections.nope");

        // photos and documents attached to the report: their kind told from their bytes, another library refused
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
        Api.Response attached = api.send("POST", report + "/attachments?name=" + java.net.URLEncoder.encode("Выставка.png",
                StandardCharsets.UTF_8), own, png.toByteArray());
        assertThat(attached.status()).as(attached.body()).isEqualTo(201);
        assertThat(attached.json().get("mediaType").asString()).isEqualTo("image/png");
        Api.Response notAPhoto = api.send("POST", report + "/attachments?name=photo.png", own, utf8("<script>alert(1)</script>"));
        assertThat(notAPhoto.status()).isEqualTo(422);
        assertThat(notAPhoto.body()).contains("only photos");
        assertThat(api.send("POST", report + "/attachments?name=x.png", other, png.toByteArray()).status()).isEqualTo(403);
        JsonNode files = api.get(report + "/attachments", own).json();
        assertThat(files).hasSize(1);
        String file = report + "/attachments/" + files.get(0).get("id").asLong();
        assertThat(api.get(file, own).body().length()).isPositive();
        assertThat(api.get(file, other).status()).isEqualTo(403);
        assertThat(api.send("DELETE", file, own, null).status()).isEqualTo(204);
        assertThat(api.get(report + "/attachments", own).json()).isEmpty();

        Api.Response submitted = api.send("POST", report + "/submit", own, null);
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.json().get("status").asString()).isEqualTo("submitted");
        assertThat(submitted.json().get("late").asBoolean()).isTrue();
        assertThat(api.send("PUT", report, own, text, "If-Match", saved.header("ETag")).status()).isEqualTo(422);
        assertThat(api.send("POST", report + "/return", own, utf8("{\"comment\": \"x\"}")).status()).isEqualTo(403);
        Api.Response returned = api.send("POST", report + "/return", facilitator, utf8("{\"comment\": \"Добавьте отзывы.\"}"));
        assertThat(returned.json().get("status").asString()).isEqualTo("returned");
        assertThat(returned.json().get("comment").asString()).isEqualTo("Добавьте отзывы.");

        String events = "/api/actions/" + id + "/libraries/" + second + "/events";
        Api.Response plan = api.get(events, other);
        Api.Response badEvent = api.send("PUT", events, other, utf8("[{\"title\": \"Онлайн\", \"place\": \"online\", \"link\": \"javascript:x\"}]"),
                "If-Match", plan.header("ETag"));
        assertThat(badEvent.status()).isEqualTo(422);
        assertThat(badEvent.body()).contains("[0].link");
        Api.Response planned = api.send("PUT", events, other, utf8("[{\"title\": \"Онлайн-опрос\", \"place\": \"online\", \"link\": \"https://vk.com/x\"}]"),
                "If-Match", plan.header("ETag"));
        assertThat(planned.status()).as(planned.body()).isEqualTo(200);
        JsonNode board = api.get("/api/actions/" + id + "/dashboard", manager).json();
        List<String> statuses = new java.util.ArrayList<>();
        board.get("libraries").forEach(r -> statuses.add(r.get("report").asString() + "/" + r.get("planned").asInt()));
        assertThat(statuses).containsExactlyInAnyOrder("returned/1", "not-started/1");
    }
}
