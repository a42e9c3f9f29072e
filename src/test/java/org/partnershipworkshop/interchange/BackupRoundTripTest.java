package org.partnershipworkshop.interchange;

import org.partnershipworkshop.survey.DeviceKey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.base.Json;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.canvas.PartnerType;
import org.partnershipworkshop.catalogue.CatalogueService;
import org.partnershipworkshop.catalogue.PracticeFacts;
import org.partnershipworkshop.catalogue.Practices;
import org.partnershipworkshop.partner.PartnerDetails;
import org.partnershipworkshop.partner.PartnerProfile;
import org.partnershipworkshop.partner.PartnerService;
import org.partnershipworkshop.partner.PartnerSummary;
import org.partnershipworkshop.interchange.api.ApiTestSupport;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.plan.Link;
import org.partnershipworkshop.plan.LinkKind;
import org.partnershipworkshop.plan.PlanEdit;
import org.partnershipworkshop.plan.PlanService;
import org.partnershipworkshop.plan.RowData;
import java.nio.file.Files;
import org.partnershipworkshop.security.AccountService;
import org.partnershipworkshop.support.Api;
import org.partnershipworkshop.support.AppProcess;
import org.partnershipworkshop.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A backup of this installation restored into a new, empty one holds the same meetings. */
@IntegrationTest
@Tag("process")
@Tag("postgres")
class BackupRoundTripTest {

    @LocalServerPort
    int port;
    @Autowired
    InterchangeService interchange;
    @Autowired
    MeetingService meetings;
    @Autowired
    AccountService accounts;
    @Autowired
    PartnerService partners;
    @Autowired
    org.partnershipworkshop.dialogue.DialogueService dialogue;

    private final String admin = Api.basic("admin", IntegrationTest.ADMIN_PASSWORD);

    @Autowired
    CatalogueService catalogue;
    @Autowired
    PlanService plans;
    @Autowired
    org.partnershipworkshop.action.ActionService actionService;
    @Autowired
    org.partnershipworkshop.action.ReportService reportService;
    @Autowired
    org.partnershipworkshop.action.AttachmentService attachmentService;

    @Test
    void aBackupRestoresIntoAnEmptyInstallation(@TempDir Path folder) {
        var withForm = TestData.importExample(interchange, meetings);
        TestData.ensureAccounts(accounts);
        // The participants' answers to a feedback form must come back too (feedback-forms.json).
        var form = SystemTask.run(() -> {
            dialogue.setChecklist(withForm.id(), org.partnershipworkshop.dialogue.Checklist.ofTexts(List.of("Умната диаграма")));
            return dialogue.open(withForm.id());
        });
        dialogue.submit(form.code().value(), org.partnershipworkshop.survey.DeviceKey.random(),
                new org.partnershipworkshop.dialogue.Answer(java.util.Set.of(form.items().getFirst().id()), 5, "Backup me"),
                "backup-round-trip");
        // The practice catalogue must come back too, with its link to the presentation and its project card.
        String practiceName = "Лятно четене " + System.nanoTime();
        long practice = Practices.create(catalogue, new PracticeFacts(Language.BG, "Смолян", 2018, 2020, "Деца",
                withForm.id(), withForm.sessions().getFirst().presentations().get(1).id()),
                Practices.fullPassport(practiceName, "резервно копие"));
        SystemTask.run(() -> catalogue.createProjectCard(practice));
        // What managers did in the registry must come back too: a rename and a merge.
        String renamed = "Местни медии – вестници и радио " + System.nanoTime();
        SystemTask.run(() -> {
            PartnerSummary media = partners.partners().stream().filter(p -> p.name().startsWith("Местни медии"))
                    .findFirst().orElseThrow();
            PartnerProfile profile = partners.partner(media.id());
            partners.update(media.id(), profile.version(), new PartnerDetails(renamed, PartnerType.MEDIA, "Смолян",
                    "вестник и радио", List.of()));
            PartnerSummary museums = partners.partners().stream().filter(p -> p.name().equals("Музеи")).findFirst().orElseThrow();
            PartnerSummary school = partners.partners().stream().filter(p -> p.name().equals("Училища")).findFirst().orElseThrow();
            partners.merge(school.id(), museums.id());
            return null;
        });
        // Work plans must come back too, a row's links following their meeting and practice to their new ids.
        long plan = SystemTask.run(() -> plans.importDocument(demoPlan()));
        SystemTask.run(() -> {
            var page = plans.page(plan);
            for (String[] link : new String[][] {{"r49", "MEETING", String.valueOf(withForm.id())}, {"r50", "PRACTICE", String.valueOf(practice)}}) {
                var d = page.plan().row(link[0]).orElseThrow().data();
                plans.apply(plan, new PlanEdit.UpdateRow(link[0], new RowData(d.text(), d.heading(), d.level(), d.term(),
                        d.responsible(), d.audience(), d.forLibraries(), d.form(), d.place(),
                        new Link(LinkKind.valueOf(link[1]), Long.parseLong(link[2]), null), d.note())));
            }
            return null;
        });
        // The region's libraries must come back too: a central library, its archived branch (libraries.json).
        String u = Long.toString(System.nanoTime(), 36);
        Api here = new Api(port);
        assertThat(here.send("POST", "/api/libraries", admin, ("key,name,kind,parent,region,archived\n"
                + "backup-crb-" + u + ",Центральная библиотека,central,,Псковская область,false\n"
                + "backup-branch-" + u + ",Филиал,branch,backup-crb-" + u + ",Псковская область,true\n")
                .getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(201);
        List<String> librariesHere = libraries(here, admin);
        assertThat(librariesHere).anySatisfy(l -> assertThat(l).contains("backup-branch-" + u, "\"parent\":\"backup-crb-" + u,
                "\"archived\":true"));
        assertThat(here.send("GET", "/api/backup", Api.basic("manager", TestData.PASSWORD), null).status()).isEqualTo(403);
        SystemTask.run(() -> {
            long action = actionService.list().getFirst().id();
            long library = reportService.reports(action).getFirst().libraryId();
            java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
            try {
                javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return attachmentService.attach(action, library, "Выставка.png", png.toByteArray());
        });
        byte[] backup = ApiTestSupport.bytes(here, "/api/backup", admin);
        List<String> exportedHere = exports(here, admin);
        List<String> answersHere = answers(here, admin);
        assertThat(answersHere).anySatisfy(a -> assertThat(a).contains("Backup me"));
        List<String> practicesHere = practices(here, admin);
        List<String> plansHere = plans(here, admin);
        // The network actions too (actions.json): the demo action of 2018 with its survey's code, answers and reports,
        // and a photo attached to one report.
        List<String> actionsHere = actions(here, admin);
        assertThat(actionsHere).anySatisfy(a -> assertThat(a).contains("Библиотека – Читатель", "\"returned\"", "\"answers\":420",
                "attached Выставка.png"));
        assertThat(plansHere).anySatisfy(p -> assertThat(p).contains("meeting:" + withForm.facts().title(), "practice:" + practiceName));
        assertThat(practicesHere).anySatisfy(p -> assertThat(p).contains(practiceName, "presentedAt", "projectCard"));

        try (AppProcess empty = new AppProcess(folder.resolve("data"), Map.of("WORKSHOP_DEMO", "false")).start()) {
            Api there = empty.api();
            String thereAdmin = Api.basic("admin", AppProcess.ADMIN_PASSWORD);
            assertThat(there.get("/api/meetings", thereAdmin).json()).isEmpty();

            Api.Response broken = there.send("POST", "/api/backup", thereAdmin, "not a zip".getBytes(StandardCharsets.UTF_8));
            assertThat(broken.status()).isEqualTo(422);
            assertThat(there.get("/api/meetings", thereAdmin).json()).isEmpty();

            Api.Response restored = there.send("POST", "/api/backup", thereAdmin, backup);
            assertThat(restored.status()).as(restored.body()).isEqualTo(200);
            assertThat(restored.json().get("meetings").asInt()).isEqualTo(exportedHere.size());
            assertThat(exports(there, thereAdmin)).containsExactlyInAnyOrderElementsOf(exportedHere);
            assertThat(answers(there, thereAdmin)).containsExactlyInAnyOrderElementsOf(answersHere);
            assertThat(practices(there, thereAdmin)).containsExactlyInAnyOrderElementsOf(practicesHere);
            assertThat(plans(there, thereAdmin)).containsExactlyInAnyOrderElementsOf(plansHere);
            assertThat(libraries(there, thereAdmin)).containsExactlyInAnyOrderElementsOf(librariesHere);
            assertThat(actions(there, thereAdmin)).containsExactlyInAnyOrderElementsOf(actionsHere);
            List<String> partnersThere = new ArrayList<>();
            there.get("/api/network/partners?sort=degree&limit=5000", thereAdmin).json()
                    .forEach(p -> partnersThere.add(p.get("name").asString()));
            assertThat(partnersThere).contains(renamed, "Училища").doesNotContain("Музеи", "Местни медии");

            Api.Response again = there.send("POST", "/api/backup", thereAdmin, backup);
            assertThat(again.status()).isEqualTo(422);
            assertThat(again.json().get("detail").asString()).contains("no meetings");
            assertThat(there.get("/api/meetings", thereAdmin).json()).hasSize(exportedHere.size());
        }
    }

    /** The answers to every meeting's feedback form that has any, without the ids that differ between installations. */
    private static List<String> answers(Api api, String auth) {
        List<String> results = new ArrayList<>();
        for (JsonNode meeting : api.get("/api/meetings", auth).json()) {
            JsonNode r = api.get("/api/meetings/" + meeting.get("id").asLong() + "/feedback", auth).json();
            if (r.get("answers").asInt() > 0) {
                List<String> items = new ArrayList<>();
                r.get("items").forEach(i -> items.add(i.get("text").asString() + "=" + i.get("count").asInt()));
                results.add(r.get("code").asString() + " " + r.get("answers") + " " + items + " " + r.get("ratings")
                        + " " + r.get("comments"));
            }
        }
        return results;
    }

    /** Every library of the registry, archived ones too, as canonical JSON without this installation's id. */
    private static List<String> libraries(Api api, String auth) {
        List<String> libraries = new ArrayList<>();
        for (JsonNode library : api.get("/api/libraries?archived=true", auth).json().get("libraries")) {
            tools.jackson.databind.node.ObjectNode copy = (tools.jackson.databind.node.ObjectNode) library.deepCopy();
            copy.remove("id");
            libraries.add(Json.MAPPER.writeValueAsString(copy));
        }
        return libraries;
    }

    /**
     * Every action as its document, its survey's code, its results by question and every library's report, without
     * the library ids that differ between installations.
     */
    private static List<String> actions(Api api, String auth) {
        List<String> actions = new ArrayList<>();
        for (JsonNode action : api.get("/api/actions", auth).json()) {
            long id = action.get("id").asLong();
            StringBuilder all = new StringBuilder(api.get("/api/actions/" + id, auth).body());
            all.append(" code=").append(api.get("/api/actions/" + id + "/survey", auth).json().get("code").asString());
            JsonNode results = api.get("/api/actions/" + id + "/results", auth).json();
            all.append(" {\"answers\":").append(results.get("answers").asLong()).append("} ").append(results.get("questions"));
            List<String> reports = new ArrayList<>();
            for (JsonNode report : api.get("/api/actions/" + id + "/reports", auth).json()) {
                for (JsonNode file : api.get("/api/actions/" + id + "/reports/" + report.get("libraryId").asLong() + "/attachments", auth).json()) {
                    reports.add(report.get("library").asString() + " attached " + file.get("fileName").asString() + " "
                            + api.get("/api/actions/" + id + "/reports/" + report.get("libraryId").asLong() + "/attachments/"
                            + file.get("id").asLong(), auth).body().length());
                }
                tools.jackson.databind.node.ObjectNode copy = (tools.jackson.databind.node.ObjectNode) report.deepCopy();
                copy.remove("libraryId");
                copy.remove("revision");
                reports.add(Json.MAPPER.writeValueAsString(copy));
            }
            java.util.Collections.sort(reports);
            actions.add(all + " " + reports);
        }
        return actions;
    }

    /** Every practice's workshop-practice/1 document (it carries no ids), as text. */
    private static List<String> practices(Api api, String auth) {
        List<String> documents = new ArrayList<>();
        for (JsonNode practice : api.get("/api/practices", auth).json()) {
            documents.add(api.get("/api/practices/" + practice.get("id").asLong(), auth).body());
        }
        return documents;
    }

    private static byte[] demoPlan() {
        try {
            return Files.readAllBytes(Path.of("src/main/resources/plan/demo-plan-2013.json"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Every plan's workshop-plan/1 document with each link's id replaced by the title it leads to in that
     * installation, so plans whose meetings and practices got new ids compare equal when they lead to the same.
     */
    private static List<String> plans(Api api, String auth) {
        Map<String, String> titles = new java.util.HashMap<>();
        api.get("/api/meetings", auth).json().forEach(m -> titles.put("meeting " + m.get("id").asLong(), m.get("title").asString()));
        api.get("/api/practices", auth).json().forEach(p -> titles.put("practice " + p.get("id").asLong(), p.get("title").asString()));
        java.util.regex.Pattern link = java.util.regex.Pattern.compile("\"kind\" : \"(meeting|practice)\",\\s*\"id\" : (\\d+)");
        List<String> documents = new ArrayList<>();
        for (JsonNode plan : api.get("/api/plans", auth).json()) {
            String document = api.get("/api/plans/" + plan.get("id").asLong(), auth).body();
            documents.add(link.matcher(document).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                    m.group(1) + ":" + titles.get(m.group(1) + " " + m.group(2)))));
        }
        return documents;
    }

    /** Every meeting's document, canonical JSON text, so two installations can be compared. */
    private static List<String> exports(Api api, String auth) {
        List<String> documents = new ArrayList<>();
        for (JsonNode meeting : api.get("/api/meetings", auth).json()) {
            JsonNode document = api.get("/api/meetings/" + meeting.get("id").asLong(), auth).json();
            documents.add(Json.MAPPER.writeValueAsString(document));
        }
        return documents;
    }
}
