package org.partnershipworkshop.survey.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipworkshop.survey.Surveys.asFacilitator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.survey.AnswerThrottle;
import org.partnershipworkshop.survey.SurveyAnswering;
import org.partnershipworkshop.survey.SurveyOwner;
import org.partnershipworkshop.survey.SurveyResults;
import org.partnershipworkshop.survey.SurveyService;
import org.partnershipworkshop.survey.Surveys;
import org.partnershipworkshop.support.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A reader survey over HTTP without an account: the form as a library's link shows it, an answer per device
 * (the device's cookie), every problem of a bad answer with its path and nothing saved, a wrong code or library
 * not found, a flood from one address refused with 429 while everything saved stays.
 */
@IntegrationTest
class SurveysApiTest {

    @LocalServerPort
    int port;
    @Autowired
    SurveyService surveys;
    @Autowired
    SurveyAnswering answering;

    SurveyOwner owner;
    String path;

    @BeforeEach
    void createSurvey() {
        owner = Surveys.owner();
        String code = asFacilitator(() -> surveys.create(owner, Surveys.spec("Читателите за библиотеките",
                List.of(Surveys.SMOLYAN, Surveys.CHEPELARE)))).code().value();
        path = "/api/surveys/" + code;
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

    private SurveyResults results() {
        return asFacilitator(() -> surveys.results(owner));
    }

    @Test
    void aDeviceReadsTheFormAnswersOnceAndThenReplacesItsAnswer() {
        Api api = new Api(port, "127.0.0.41");
        JsonNode form = api.get(path + "?library=102", null).json();
        assertThat(form.get("code").asString()).isEqualTo(path.substring(path.lastIndexOf('/') + 1));
        assertThat(form.get("title").asString()).isEqualTo("Читателите за библиотеките");
        assertThat(form.get("language").asString()).isEqualTo("bg");
        assertThat(form.get("open").asBoolean()).isTrue();
        assertThat(form.get("library").get("id").asLong()).isEqualTo(102);
        assertThat(form.get("library").get("name").asString()).isEqualTo(Surveys.CHEPELARE.name());
        assertThat(form.get("library").get("municipality").asString()).isEqualTo("Чепеларе");
        JsonNode questions = form.get("questionnaire").get("questions");
        assertThat(questions).hasSize(7);
        assertThat(questions.get(0).get("kind").asString()).isEqualTo("single");
        assertThat(questions.get(0).get("options").get(0).get("labels").get("bg").asString()).isEqualTo("Всяка седмица");
        assertThat(questions.get(1).get("scale").asInt()).isEqualTo(5);

        Api.Response created = api.send("POST", path, null, json("""
                {"library": 102, "answers": {"visits": "weekly", "satisfaction": 4, "again": true,
                 "topics": ["books", "events"], "wishes": "Повече детски книги"}}"""));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("updated").asBoolean()).isFalse();
        String cookie = deviceCookie(created);

        Api.Response replaced = api.send("POST", path, null, json("{\"library\":102,\"answers\":{\"visits\":\"rarely\",\"satisfaction\":2}}"),
                "Cookie", cookie);
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(replaced.json().get("updated").asBoolean()).isTrue();
        assertThat(replaced.headers().allValues("Set-Cookie")).as("the device keeps its key").isEmpty();
        assertThat(api.send("POST", path, null, json("{\"library\":101,\"answers\":{\"visits\":\"weekly\",\"satisfaction\":5}}"))
                .status()).as("another device").isEqualTo(201);

        SurveyResults results = results();
        assertThat(results.answers()).isEqualTo(2);
        assertThat(results.question("satisfaction").orElseThrow().average()).isEqualTo(3.5);
        assertThat(results.question("wishes").orElseThrow().textCount()).as("the replaced answer took its text along").isZero();
    }

    @Test
    void aBadAnswerIsRefusedWithThePathOfEachProblemAndSavesNothing() {
        Api api = new Api(port, "127.0.0.42");
        Api.Response bad = api.send("POST", path, null, json("""
                {"library": 101, "answers": {"satisfaction": 9, "again": "maybe", "topics": ["books", "films"], "colour": "red"}}"""));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
        List<String> paths = new ArrayList<>();
        bad.json().get("errors").forEach(e -> paths.add(e.get("path").asString()));
        assertThat(paths).containsExactlyInAnyOrder("answers.colour", "answers.visits", "answers.satisfaction", "answers.again",
                "answers.topics");
        assertThat(bad.json().get("errors").toString()).contains("from 1 to 5").contains("films");
        assertThat(bad.json().get("detail").asString()).contains("5 problems");

        Api.Response empty = api.send("POST", path, null, json("{\"library\":101,\"answers\":{}}"));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.json().get("errors").get(0).get("path").asString()).isEqualTo("answers.visits");
        Api.Response noAnswers = api.send("POST", path, null, json("{\"library\":101}"));
        assertThat(noAnswers.status()).isEqualTo(422);
        assertThat(noAnswers.json().get("errors").get(0).get("path").asString()).isEqualTo("answers");
        Api.Response tooLong = api.send("POST", path, null, json("{\"library\":101,\"answers\":{\"visits\":\"weekly\","
                + "\"satisfaction\":3,\"wishes\":\"" + "я".repeat(2001) + "\"}}"));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.json().get("errors").get(0).get("path").asString()).isEqualTo("answers.wishes");
        assertThat(api.send("POST", path, null, json("not json")).status()).isEqualTo(400);
        assertThat(results().answers()).isZero();

        asFacilitator(() -> surveys.setOpen(owner, false));
        Api.Response closed = api.send("POST", path, null, json("{\"library\":101,\"answers\":{\"visits\":\"weekly\",\"satisfaction\":3}}"));
        assertThat(closed.status()).isEqualTo(422);
        assertThat(closed.json().get("detail").asString()).contains("no more answers");
        assertThat(api.get(path + "?library=101", null).json().get("open").asBoolean()).isFalse();
    }

    @Test
    void aWrongCodeOrLibraryIsNotFound() {
        Api api = new Api(port, "127.0.0.43");
        assertThat(api.get("/api/surveys/NOSUCH22?library=101", null).status()).isEqualTo(404);
        assertThat(api.get("/api/surveys/x", null).status()).isEqualTo(404);
        assertThat(api.get(path + "?library=999", null).status()).isEqualTo(404);
        assertThat(api.get(path, null).status()).as("a survey with libraries is answered through one").isEqualTo(404);
        Api.Response wrongCode = api.send("POST", "/api/surveys/NOSUCH22", null,
                json("{\"library\":101,\"answers\":{\"visits\":\"weekly\",\"satisfaction\":3}}"));
        assertThat(wrongCode.status()).isEqualTo(404);
        assertThat(wrongCode.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.send("POST", path, null, json("{\"library\":999,\"answers\":{\"visits\":\"weekly\",\"satisfaction\":3}}"))
                .status()).isEqualTo(404);
        assertThat(results().answers()).isZero();
    }

    @Test
    void aFloodFromOneAddressGets429AndNothingSavedIsLost() {
        Api flood = new Api(port, "127.0.0.44");
        int created = 0;
        Api.Response refused = null;
        for (int i = 0; i < AnswerThrottle.LIMIT + 10 && refused == null; i++) {
            Api.Response r = flood.send("POST", path, null, json("{\"library\":101,\"answers\":{\"visits\":\"weekly\",\"satisfaction\":"
                    + (1 + i % 5) + "}}"));
            if (r.status() == 201) {
                created++;
            } else {
                refused = r;
            }
        }
        // a burst of 60, then one a second: the loop itself takes a second or two on a busy machine
        assertThat(created).isBetween(AnswerThrottle.LIMIT, AnswerThrottle.LIMIT + 3);
        assertThat(refused).isNotNull();
        assertThat(refused.status()).isEqualTo(429);
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
        assertThat(refused.json().get("detail").asString()).contains("too many").contains("nothing was saved").contains("try again in");
        assertThat(refused.json().get("retryAfterSeconds").asInt()).isBetween(1, 60);
        assertThat(flood.get(path + "?library=101", null).status()).as("reading the form is not refused").isEqualTo(200);
        assertThat(flood.get("/api/surveys/WRONG222?library=101", null).status()).as("a wrong code counts too").isEqualTo(429);

        Api neighbour = new Api(port, "127.0.0.45");
        assertThat(neighbour.send("POST", path, null, json("{\"library\":102,\"answers\":{\"visits\":\"rarely\",\"satisfaction\":5}}"))
                .status()).isEqualTo(201);
        assertThat(results().answers()).isEqualTo(created + 1);
    }
}
