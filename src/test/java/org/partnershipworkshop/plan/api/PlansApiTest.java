package org.partnershipworkshop.plan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.base.Json;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.library.Libraries;
import org.partnershipworkshop.library.LibraryService;
import org.partnershipworkshop.interchange.api.ApiTestSupport;
import org.partnershipworkshop.security.AccountService;
import org.partnershipworkshop.security.Invitation;
import org.partnershipworkshop.security.LibraryAccountService;
import org.partnershipworkshop.support.Api;
import org.partnershipworkshop.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The work plan's HTTP API against the running application: import (201, 422 with every path, 413, 400), the
 * list and the document, the printed files, the rows due in a month, a row's fact under If-Match (428, 412,
 * 422 with the member's path, 403, 404), and a malformed month refused at its path — never a 500.
 */
@IntegrationTest
class PlansApiTest {

    static final Path DEMO = Path.of("src/main/resources/plan/demo-plan-2013.json");

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    LibraryService libraries;
    @Autowired
    LibraryAccountService libraryAccounts;

    Api api;
    final String facilitator = Api.basic("facilitator", TestData.PASSWORD);
    final String manager = Api.basic("manager", TestData.PASSWORD);

    @BeforeEach
    void setUp() {
        TestData.ensureAccounts(accounts);
        api = new Api(port);
    }

    private long importDemo() throws Exception {
        Api.Response created = api.send("POST", "/api/plans", facilitator, Files.readAllBytes(DEMO));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.header("Location")).isEqualTo("/api/plans/" + id);
        return id;
    }

    private static List<String> paths(Api.Response response) {
        List<String> paths = new ArrayList<>();
        response.json().get("errors").forEach(e -> paths.add(e.get("path").asString()));
        return paths;
    }

    @Test
    void aDocumentIsImportedListedAndAnsweredAsItWasSent() throws Exception {
        long id = importDemo();
        Api.Response list = api.get("/api/plans", manager);
        assertThat(list.status()).isEqualTo(200);
        JsonNode listed = null;
        for (JsonNode p : list.json()) {
            if (p.get("id").asLong() == id) {
                listed = p;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.get("year").asInt()).isEqualTo(2013);
        assertThat(listed.get("language").asString()).isEqualTo("ru");
        assertThat(listed.get("status").asString()).isEqualTo("approved");
        assertThat(listed.get("rows").asInt()).isEqualTo(73);

        Api.Response document = api.get("/api/plans/" + id, manager);
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.header("Content-Type")).startsWith("application/json");
        // sent again, the answer is the same plan: a second import exports byte for byte the same document
        Api.Response again = api.send("POST", "/api/plans", facilitator, document.body().getBytes(StandardCharsets.UTF_8));
        assertThat(api.get("/api/plans/" + again.json().get("id").asLong(), manager).body()).isEqualTo(document.body());
    }

    /** A library's account reads what the approved plans address to the libraries, and no plan itself. */
    @Test
    void aLibrarysAccountReadsTheRowsAddressedToLibrariesOnly() throws Exception {
        long id = importDemo();
        long own = Libraries.create(libraries, "plan-reader");
        Invitation invitation = Libraries.invite(libraryAccounts, own);
        String token = invitation.path().substring(LibraryAccountService.INVITATION_PATH.length());
        String username = SystemTask.run(() -> libraryAccounts.accept(token, TestData.PASSWORD));
        String library = Api.basic(username, TestData.PASSWORD);

        Api.Response read = api.get("/api/plans/for-libraries", library);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        JsonNode plan = null;
        for (JsonNode p : read.json()) {
            if (p.get("planId").asLong() == id) {
                plan = p;
            }
        }
        assertThat(plan).as("the approved demo plan").isNotNull();
        assertThat(plan.get("year").asInt()).isEqualTo(2013);
        // Exactly the rows the document marks for the libraries, each with its term and due dates.
        JsonNode document = Json.MAPPER.readTree(Files.readAllBytes(DEMO));
        List<String> marked = new ArrayList<>();
        document.findParents("forLibraries").stream().filter(r -> r.get("forLibraries").asBoolean())
                .forEach(r -> marked.add(r.get("text").asString()));
        List<String> texts = new ArrayList<>();
        plan.get("rows").forEach(r -> texts.add(r.get("text").asString()));
        assertThat(texts).isNotEmpty().containsExactlyInAnyOrderElementsOf(marked);
        assertThat(plan.get("rows").get(0).has("dueDates")).isTrue();

        assertThat(api.get("/api/plans", library).status()).isEqualTo(403);
        assertThat(api.get("/api/plans/" + id, library).status()).isEqualTo(403);
        assertThat(api.get("/api/plans/" + id + "/plan.pdf", library).status()).isEqualTo(403);
        assertThat(api.get("/api/plans/for-libraries", manager).status()).isEqualTo(200);
    }

    @SafeVarargs
    private static byte[] sheet(List<String>... rows) throws Exception {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = book.createSheet("rows");
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].size(); c++) {
                    row.createCell(c).setCellValue(rows[r].get(c));
                }
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    /** The plan's own spreadsheet goes back in as rows of a section; a broken one adds nothing and says where. */
    @Test
    void rowsFromASpreadsheetAreAddedToASection() throws Exception {
        long id = importDemo();
        byte[] xlsx = ApiTestSupport.bytes(api, "/api/plans/" + id + "/plan.xlsx", facilitator);
        String section = Json.MAPPER.readTree(api.get("/api/plans/" + id, manager).body()).get("plan").get("sections").get(0)
                .get("id").asString();
        int before = api.get("/api/plans", manager).json().findValues("rows").stream()
                .mapToInt(JsonNode::asInt).sum();
        Api.Response added = api.send("POST", "/api/plans/" + id + "/sections/" + section + "/rows", facilitator, xlsx);
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        int count = added.json().get("added").asInt();
        assertThat(count).isPositive();
        assertThat(api.get("/api/plans", manager).json().findValues("rows").stream().mapToInt(JsonNode::asInt).sum())
                .isEqualTo(before + count);

        Api.Response unreadable = api.send("POST", "/api/plans/" + id + "/sections/" + section + "/rows", facilitator,
                "not a spreadsheet".getBytes(StandardCharsets.UTF_8));
        assertThat(unreadable.status()).as("bytes that are no spreadsheet, as any unreadable body").isEqualTo(400);
        assertThat(unreadable.header("Content-Type")).startsWith("application/problem+json");
        Api.Response broken = api.send("POST", "/api/plans/" + id + "/sections/" + section + "/rows", facilitator,
                sheet(List.of("Вид деятельности", "Срок", "Ответственные"), List.of("Семинар", "Март", "Сипцова Л.А."),
                        List.of("", "Апрель", "Никто Н.Н.")));
        assertThat(broken.status()).as(broken.body()).isEqualTo(422);
        assertThat(paths(broken)).as("the sheet row of every problem").anyMatch(p -> p.startsWith("row 3"));
        assertThat(api.get("/api/plans", manager).json().findValues("rows").stream().mapToInt(JsonNode::asInt).sum())
                .as("nothing added").isEqualTo(before + count);
        assertThat(api.send("POST", "/api/plans/" + id + "/sections/" + section + "/rows", manager, xlsx).status())
                .isEqualTo(403);
    }

    @Test
    void aBrokenDocumentIsRefusedWholeWithEveryPath() {
        int before = api.get("/api/plans", manager).json().size();
        String broken = """
                {"format":"workshop-plan/1","plan":{"header":{"organisation":"O","year":2013,"title":"T","language":"ru"},
                 "staff":[{"id":"a","name":"A"}],
                 "sections":[{"id":"s1","title":"S","rows":[{"id":"r1","text":"R","responsible":["nobody"]},
                   {"id":"r2","text":"","facts":[{"month":"2013-3","status":"done"}]},{"id":"r1","text":"again"}]}]}}
                """;
        Api.Response refused = api.send("POST", "/api/plans", facilitator, broken.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(paths(refused)).containsExactlyInAnyOrder("plan.sections[0].rows[0].responsible[0]",
                "plan.sections[0].rows[1].text", "plan.sections[0].rows[1].facts[0].month", "plan.sections[0].rows[2].id");
        assertThat(api.send("POST", "/api/plans", facilitator, "not json".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(400);
        byte[] huge = new byte[5 * 1024 * 1024 + 10];
        java.util.Arrays.fill(huge, (byte) ' ');
        assertThat(api.send("POST", "/api/plans", facilitator, huge).status()).isEqualTo(413);
        assertThat(api.send("POST", "/api/plans", manager, broken.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(403);
        assertThat(api.get("/api/plans", manager).json().size()).isEqualTo(before);
    }

    @Test
    void thePrintedFilesAreWhatTheyClaim() throws Exception {
        long id = importDemo();
        assertThat(new String(ApiTestSupport.bytes(api, "/api/plans/" + id + "/plan.pdf", manager), 0, 5, StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        assertThat(new String(ApiTestSupport.bytes(api, "/api/plans/" + id + "/report.pdf?month=2013-03", manager), 0, 5,
                StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(new String(ApiTestSupport.bytes(api, "/api/plans/" + id + "/report.pdf", manager), 0, 5,
                StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        for (String office : List.of("plan.docx", "plan.xlsx")) {
            byte[] file = ApiTestSupport.bytes(api, "/api/plans/" + id + "/" + office, manager);
            assertThat(new String(file, 0, 2, StandardCharsets.ISO_8859_1)).as(office).isEqualTo("PK");
        }
        Api.Response docx = api.get("/api/plans/" + id + "/plan.docx", manager);
        assertThat(docx.header("Content-Type")).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(docx.header("Content-Disposition")).contains("attachment", "plan-2013-" + id + ".docx");
    }

    @Test
    void aMalformedMonthIsRefusedAtItsPath() throws Exception {
        long id = importDemo();
        for (String month : List.of("2013-13", "March", "2013-3", "", "2014-01")) {
            for (String endpoint : List.of("/due?month=", "/report.pdf?month=")) {
                Api.Response answer = api.get("/api/plans/" + id + endpoint + month, manager);
                assertThat(answer.status()).as(endpoint + month).isEqualTo(422);
                assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
                assertThat(paths(answer)).containsExactly("month");
            }
        }
        assertThat(paths(api.get("/api/plans/" + id + "/due", manager))).containsExactly("month");
        assertThat(api.get("/api/plans/999999/due?month=2013-03", manager).status()).isEqualTo(404);
        assertThat(api.get("/api/plans/x/due?month=2013-03", manager).status()).isEqualTo(400);
    }

    @Test
    void theRowsDueInAMonthAndAFactUnderIfMatch() throws Exception {
        long id = importDemo();
        JsonNode march = api.get("/api/plans/" + id + "/due?month=2013-03", manager).json();
        JsonNode action = null;
        for (JsonNode r : march) {
            if (r.get("text").asString().startsWith("Областная экологическая акция")) {
                action = r;
            }
        }
        assertThat(action).as("the ecological action of 20 March is due in March").isNotNull();
        assertThat(action.get("term").asString()).isEqualTo("20 марта");
        assertThat(action.get("dueDates").get(0).asString()).isEqualTo("2013-03-20");
        assertThat(action.get("responsible").get(0).asString()).isEqualTo("Все методисты");
        assertThat(action.get("status").asString()).isEqualTo("planned");
        String row = action.get("rowId").asString();
        String fact = "/api/plans/" + id + "/rows/" + row + "/fact";
        byte[] done = """
                {"status":"done","date":"2013-03-20","note":"Проведена в 24 районах","participants":310}
                """.getBytes(StandardCharsets.UTF_8);

        assertThat(api.send("PUT", fact, facilitator, done).status()).isEqualTo(428);
        assertThat(api.send("PUT", fact, manager, done, "If-Match", "\"" + action.get("revision").asLong() + "\"").status())
                .isEqualTo(403);
        Api.Response stale = api.send("PUT", fact, facilitator, done, "If-Match", "\"" + (action.get("revision").asLong() + 7) + "\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("currentRevision").asLong()).isEqualTo(action.get("revision").asLong());

        for (String[] bad : new String[][] {{"{\"status\":\"finished\"}", "status"}, {"{\"status\":\"done\",\"month\":\"2013-3\"}", "month"},
                {"{\"status\":\"done\",\"date\":\"20.03.2013\"}", "date"}, {"{\"status\":\"moved\"}", "movedTo"},
                {"{\"status\":\"cancelled\"}", "reason"}, {"{\"status\":\"done\",\"participants\":-3}", "participants"},
                {"{\"status\":\"done\",\"month\":\"2012-03\"}", "month"}, {"{}", "status"}}) {
            Api.Response refused = api.send("PUT", fact, facilitator, bad[0].getBytes(StandardCharsets.UTF_8),
                    "If-Match", "\"" + action.get("revision").asLong() + "\"");
            assertThat(refused.status()).as(bad[0]).isEqualTo(422);
            assertThat(paths(refused)).as(bad[0]).contains(bad[1]);
        }

        Api.Response saved = api.send("PUT", fact, facilitator, done, "If-Match", "\"" + action.get("revision").asLong() + "\"");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        long revision = saved.json().get("revision").asLong();
        assertThat(revision).isGreaterThan(action.get("revision").asLong());
        assertThat(saved.header("ETag")).isEqualTo("\"" + revision + "\"");
        assertThat(saved.json().get("facts").get(0).get("participants").asInt()).isEqualTo(310);
        // the same If-Match a second time is stale now: nothing is overwritten unseen
        assertThat(api.send("PUT", fact, facilitator, done, "If-Match", "\"" + action.get("revision").asLong() + "\"").status())
                .isEqualTo(412);
        JsonNode after = null;
        for (JsonNode r : api.get("/api/plans/" + id + "/due?month=2013-03", manager).json()) {
            if (r.get("rowId").asString().equals(row)) {
                after = r;
            }
        }
        assertThat(after.get("status").asString()).isEqualTo("done");
        assertThat(after.get("revision").asLong()).isEqualTo(revision);

        assertThat(api.send("PUT", "/api/plans/" + id + "/rows/nope/fact", facilitator, done, "If-Match", "\"1\"").status())
                .isEqualTo(404);
        assertThat(api.send("PUT", fact, facilitator, done, "If-Match", "soon").status()).isEqualTo(422);
    }
}
