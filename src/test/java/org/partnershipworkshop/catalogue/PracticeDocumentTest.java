package org.partnershipworkshop.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.base.Json;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.base.UnreadableInputException;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.partnershipworkshop.interchange.InterchangeService;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.security.AccountService;
import org.partnershipworkshop.support.Api;
import org.partnershipworkshop.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code workshop-practice/1}: what is exported imports again as the same practice; a bad document writes nothing. */
@IntegrationTest
@Tag("postgres")
class PracticeDocumentTest {

    @Autowired
    CatalogueService catalogue;
    @Autowired
    InterchangeService interchange;
    @Autowired
    MeetingService meetings;
    @Autowired
    AccountService accounts;
    @LocalServerPort
    int port;

    private ObjectNode exported(long practiceId) {
        return (ObjectNode) Json.MAPPER.readTree(SystemTask.run(() -> catalogue.exportJson(practiceId)).content());
    }

    private int practiceCount() {
        return SystemTask.run(() -> catalogue.search(CatalogueFilter.ALL)).size();
    }

    @Autowired
    PracticeBackup backup;

    @Test
    void anExportedPracticeImportsAsTheSamePractice() {
        String u = Practices.unique();
        MeetingDetails meeting = TestData.importExample(interchange, meetings);
        var presentation = meeting.sessions().getFirst().presentations().getFirst();
        long original = Practices.create(catalogue, new PracticeFacts(Language.BG, "Смолян", 2018, 2020, "Деца",
                meeting.id(), presentation.id()), Practices.fullPassport("Лятно четене " + u, u));
        SystemTask.run(() -> catalogue.createProjectCard(original));

        ObjectNode document = exported(original);
        JsonNode practice = document.get("practice");
        assertThat(document.get("format").asString()).isEqualTo("workshop-practice/1");
        assertThat(practice.get("period").get("from").asInt()).isEqualTo(2018);
        assertThat(practice.get("presentedAt").get("meeting").asString()).isEqualTo(meeting.facts().title());
        assertThat(practice.get("presentedAt").get("presentation").asString()).isEqualTo(presentation.presentation().title());
        assertThat(practice.get("passport").get("results").get(0).get("lastYear").asInt()).isEqualTo(716);
        assertThat(practice.get("passport").get("costs").get(1).get("amount").decimalValue()).isEqualByComparingTo("300.5");
        assertThat(practice.get("projectCard").get("result").get(0).get("base").asInt()).isEqualTo(716);

        long imported = SystemTask.run(() -> catalogue.importDocument(Json.MAPPER.writeValueAsBytes(document)));
        assertThat(imported).isNotEqualTo(original);
        ObjectNode again = exported(imported);
        // An imported practice stands alone; everything else is the same document.
        ((ObjectNode) document.get("practice")).remove("presentedAt");
        assertThat(again).isEqualTo(document);
        assertThat(SystemTask.run(() -> catalogue.page(imported)).practice().facts().meetingId()).isNull();
    }

    @Test
    void theDemoPassportOfSeed000IsInTheCatalogue() {
        List<PracticeSummary> demo = SystemTask.run(() -> catalogue.search(CatalogueFilter.ALL.withText("Десногорск")))
                .stream().filter(p -> "Неформальная библиотека (бесконтактная книговыдача)".equals(p.title())).toList();
        assertThat(demo).isNotEmpty();
        assertThat(demo.getFirst().language()).isEqualTo(Language.RU);
        assertThat(demo.getFirst().region()).isEqualTo("Смоленская область");
        PracticeDetails details = SystemTask.run(() -> catalogue.page(demo.getFirst().id())).practice();
        assertThat(details.passport().canvas().entries("results")).hasSize(6);
        assertThat(details.passport().savedBy()).isEqualTo("system");
    }

    @Test
    void everyProblemOfADocumentIsNamedWithItsPathAndNothingIsWritten() {
        String u = Practices.unique();
        ObjectNode document = exported(Practices.create(catalogue, Practices.facts(Language.BG, null, null, null, null),
                Practices.fullPassport("Проба " + u, u)));
        ObjectNode practice = (ObjectNode) document.get("practice");
        ObjectNode passport = (ObjectNode) practice.get("passport");
        passport.putArray("favouriteColour").add("синьо");
        passport.putArray("goals").add("я".repeat(2001));
        ArrayNode approaches = passport.putArray("approaches");
        for (int i = 0; i < 201; i++) {
            approaches.add("подход " + i);
        }
        ((ObjectNode) passport.get("participants").get(0)).put("type", "cafe");
        practice.putObject("period").put("from", 2021).put("to", 2019);
        practice.put("language", "de");
        int before = practiceCount();

        assertThatThrownBy(() -> SystemTask.run(() -> catalogue.importDocument(Json.MAPPER.writeValueAsBytes(document))))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::key)
                        .contains(tuple("practice.passport.favouriteColour", "error.unknownField"),
                                tuple("practice.passport.goals[0]", "error.tooLong"),
                                tuple("practice.passport.approaches", "error.tooMany"),
                                tuple("practice.passport.participants[0].type", "error.partnerTypeUnknown"),
                                tuple("practice.language", "error.languageUnknown")));
        assertThat(practiceCount()).isEqualTo(before);

        practice.put("language", "bg");
        passport.remove(List.of("favouriteColour", "goals", "approaches", "participants"));
        assertThatThrownBy(() -> SystemTask.run(() -> catalogue.importDocument(Json.MAPPER.writeValueAsBytes(document))))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::key)
                        .containsExactly(tuple("practice.period.to", "practice.error.yearsReversed")));
        practice.remove("period");
        passport.remove("name");
        assertThatThrownBy(() -> SystemTask.run(() -> catalogue.importDocument(Json.MAPPER.writeValueAsBytes(document))))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::key)
                        .containsExactly(tuple("practice.passport.name", "practice.error.nameRequired")));
        assertThat(practiceCount()).isEqualTo(before);
    }

    @Test
    void aDocumentOfAnotherFormatOrNoJsonAtAllIsRefused() {
        assertThatThrownBy(() -> SystemTask.run(() -> catalogue.importDocument("{ not json".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(UnreadableInputException.class);
        assertThatThrownBy(() -> SystemTask.run(() -> catalogue.importDocument(TestData.example())))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).contains("format", "practice"));
    }

    @Test
    void theApiSearchesExportsAndImportsPractices() {
        String u = Practices.unique();
        long id = Practices.create(catalogue, Practices.facts(Language.BG, "Кърджали " + u, 2019, null, null),
                Practices.fullPassport("Четене в парка " + u, u));
        TestData.ensureAccounts(accounts);
        Api api = new Api(port);
        String manager = Api.basic("manager", TestData.PASSWORD);
        String facilitator = Api.basic("facilitator", TestData.PASSWORD);
        JsonNode found = api.get("/api/practices?region=" + java.net.URLEncoder.encode("кърджали " + u, StandardCharsets.UTF_8),
                manager).json();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("id").asLong()).isEqualTo(id);
        assertThat(found.get(0).get("title").asString()).isEqualTo("Четене в парка " + u);

        Api.Response document = api.send("GET", "/api/practices/" + id, manager, null);
        assertThat(document.status()).isEqualTo(200);
        assertThat(api.send("POST", "/api/practices", manager, document.body().getBytes(StandardCharsets.UTF_8)).status())
                .isEqualTo(403);
        Api.Response created = api.send("POST", "/api/practices", facilitator, document.body().getBytes(StandardCharsets.UTF_8));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("id").asLong()).isNotEqualTo(id);

        Api.Response refused = api.send("POST", "/api/practices", facilitator,
                document.body().replace("\"territory\"", "\"colour\"").getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").get(0).get("path").asString()).isEqualTo("practice.passport.colour");
        assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("colour", "practice-passport");

        Api.Response pdf = api.send("GET", "/api/practices/" + id + "/passport.pdf", manager, null);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF");

        Api.Response notANumber = api.get("/api/practices?from=abc", manager);
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.json().get("errors").get(0).get("path").asString()).isEqualTo("from");
        assertThat(api.get("/api/practices/abc", manager).status()).isEqualTo(400);
        Api.Response reversed = api.get("/api/practices?from=2021&to=2019", manager);
        assertThat(reversed.status()).isEqualTo(422);
        assertThat(reversed.json().get("errors").get(0).get("path").asString()).isEqualTo("toYear");
    }

    @Test
    void aBackupIsNotRestoredOnTopOfPracticesAlreadyHere() {
        Practices.create(catalogue, Practices.facts(Language.BG, "Смолян", null, null, null),
                Practices.fullPassport("Клуб по шах " + Practices.unique(), "x"));
        assertThat(backup.restoreBlockedBy()).isEqualTo("backup.error.practicesPresent");
    }
}
