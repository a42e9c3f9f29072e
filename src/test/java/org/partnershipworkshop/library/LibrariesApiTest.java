package org.partnershipworkshop.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.security.AccountService;
import org.partnershipworkshop.security.Invitation;
import org.partnershipworkshop.security.LibraryAccountService;
import org.partnershipworkshop.support.Api;
import org.partnershipworkshop.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The libraries' endpoints as a client sees them: the import's 201 and 422 with a path per problem, the body
 * limit, the list with its filters and CSV, one library; and a library's account, made with an invitation
 * link, reading its own library and nothing else.
 */
@IntegrationTest
class LibrariesApiTest {

    @LocalServerPort
    int port;
    @Autowired
    LibraryService libraries;
    @Autowired
    LibraryAccountService libraryAccounts;
    @Autowired
    AccountService accounts;

    private final String facilitator = Api.basic("facilitator", TestData.PASSWORD);
    private final String manager = Api.basic("manager", TestData.PASSWORD);

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> keys(JsonNode document) {
        List<String> keys = new ArrayList<>();
        document.get("libraries").forEach(l -> keys.add(l.get("key").asString()));
        return keys;
    }

    @Test
    void aNetworkIsImportedThenUpdatedByKeyAndABrokenFileIsRefusedWithItsPaths() {
        TestData.ensureAccounts(accounts);
        Api api = new Api(port);
        String u = Libraries.unique();
        String csv = "key,name,kind,parent,municipality_kind,municipality,region\n"
                + "api-crb-" + u + ",Дновская центральная районная библиотека,central,,district,Дновский район,Псковская область\n"
                + "api-branch-" + u + ",Филиал,branch,api-crb-" + u + ",district,Дновский район,Псковская область\n";
        assertThat(api.send("POST", "/api/libraries", manager, utf8(csv)).status()).isEqualTo(403);
        Api.Response created = api.send("POST", "/api/libraries", facilitator, utf8(csv));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("created").asInt()).isEqualTo(2);
        assertThat(created.json().get("updated").asInt()).isZero();

        Api.Response again = api.send("POST", "/api/libraries", facilitator, utf8(csv.replace("Филиал,", "Дновский филиал,")));
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("created").asInt()).isZero();
        assertThat(again.json().get("updated").asInt()).isEqualTo(1);
        assertThat(again.json().get("unchanged").asInt()).isEqualTo(1);

        String broken = """
                {"format": "workshop-libraries/1", "region": "Псковская область", "libraries": [
                  {"key": "api-new-%1$s", "name": "Новая", "kind": "rural"},
                  {"key": "api-bad-%1$s", "name": "Плохая", "kind": "castle"},
                  {"key": "api-orphan-%1$s", "name": "Сирота", "kind": "branch", "parent": "nowhere-%1$s"},
                  {"key": "api-mail-%1$s", "name": "Без почты", "kind": "rural", "email": "not-mail"}
                ]}""".formatted(u);
        Api.Response refused = api.send("POST", "/api/libraries", facilitator, utf8(broken));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).contains("application/problem+json");
        List<String> paths = new ArrayList<>();
        refused.json().get("errors").forEach(e -> paths.add(e.get("path").asString()));
        assertThat(paths).contains("libraries[1].kind", "libraries[2].parent", "libraries[3].email");
        Api.Response refusedCsv = api.send("POST", "/api/libraries", facilitator,
                utf8("key,name,kind,region\nx-" + u + ",,central,Псковская область\n"));
        assertThat(refusedCsv.status()).isEqualTo(422);
        assertThat(refusedCsv.json().get("errors").get(0).get("path").asString()).isEqualTo("row 2, name");

        JsonNode everything = api.get("/api/libraries?archived=true", manager).json();
        assertThat(everything.get("format").asString()).isEqualTo("workshop-libraries/1");
        assertThat(keys(everything)).contains("api-crb-" + u, "api-branch-" + u).doesNotContain("api-new-" + u);

        byte[] tooBig = new byte[Limits.DOCUMENT_BYTES + 10];
        java.util.Arrays.fill(tooBig, (byte) 'a');
        assertThat(api.send("POST", "/api/libraries", facilitator, tooBig).status()).isEqualTo(413);
    }

    @Test
    void theListFiltersHidesArchivedLibrariesAndSpeaksCsv() {
        TestData.ensureAccounts(accounts);
        Api api = new Api(port);
        String u = Libraries.unique();
        String csv = "key,name,kind,region,archived\n"
                + "list-open-" + u + ",Открытая " + u + ",rural-model,Псковская область,false\n"
                + "list-closed-" + u + ",Закрытая " + u + ",rural,Псковская область,true\n";
        assertThat(api.send("POST", "/api/libraries", facilitator, utf8(csv)).status()).isEqualTo(201);

        assertThat(keys(api.get("/api/libraries?text=" + u, manager).json())).containsExactly("list-open-" + u);
        assertThat(keys(api.get("/api/libraries?archived=true&text=" + u, manager).json()))
                .containsExactlyInAnyOrder("list-open-" + u, "list-closed-" + u);
        assertThat(keys(api.get("/api/libraries?archived=true&kind=rural&text=" + u, manager).json()))
                .containsExactly("list-closed-" + u);
        Api.Response unknownKind = api.get("/api/libraries?kind=castle", manager);
        assertThat(unknownKind.status()).isEqualTo(422);
        assertThat(unknownKind.json().get("errors").get(0).get("path").asString()).isEqualTo("kind");

        Api.Response asCsv = api.get("/api/libraries?format=csv&text=" + u, manager);
        assertThat(asCsv.status()).isEqualTo(200);
        assertThat(asCsv.header("Content-Type")).startsWith("text/csv");
        assertThat(asCsv.body()).startsWith("\uFEFFkey,name,kind,parent,municipality_kind,municipality,region")
                .contains("list-open-" + u + ",Открытая " + u + ",rural-model").doesNotContain("list-closed-" + u);
        assertThat(api.get("/api/libraries?format=xml", manager).status()).isEqualTo(422);
    }

    @Test
    void aLibrarysAccountReadsItsOwnLibraryOnlyAndItsInvitationWorksOnce() {
        TestData.ensureAccounts(accounts);
        Api api = new Api(port);
        long own = Libraries.create(libraries, "api-own");
        long other = Libraries.create(libraries, "api-other");
        Invitation first = Libraries.invite(libraryAccounts, own);
        Invitation second = SystemTask.run(() -> libraryAccounts.invite(first.account().id()));
        String firstToken = first.path().substring(LibraryAccountService.INVITATION_PATH.length());
        String token = second.path().substring(LibraryAccountService.INVITATION_PATH.length());
        // a new link ends the earlier one; the new one sets the password once
        assertThat(SystemTask.run(() -> libraryAccounts.invitation(firstToken))).isEmpty();
        assertThat(SystemTask.run(() -> libraryAccounts.invitation(token))).isPresent();
        String username = SystemTask.run(() -> libraryAccounts.accept(token, TestData.PASSWORD));
        assertThat(SystemTask.run(() -> libraryAccounts.invitation(token))).isEmpty();
        try {
            SystemTask.run(() -> libraryAccounts.accept(token, "another password 123"));
            throw new AssertionError("a used link set the password again");
        } catch (ValidationFailedException expected) {
            // refused, and the password stays
        }
        String library = Api.basic(username, TestData.PASSWORD);

        Api.Response mine = api.get("/api/libraries/" + own, library);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().get("id").asLong()).isEqualTo(own);
        assertThat(api.get("/api/libraries/" + other, library).status()).isEqualTo(403);
        assertThat(api.get("/api/libraries", library).status()).isEqualTo(403);
        assertThat(api.get("/api/meetings", library).status()).isEqualTo(403);
        assertThat(api.get("/api/templates", library).status()).isEqualTo(403);
        assertThat(api.get("/api/practices", library).status()).isEqualTo(403);
        assertThat(api.get("/api/libraries/" + other, manager).status()).isEqualTo(200);
        assertThat(api.get("/api/libraries/987654321", manager).status()).isEqualTo(404);

        // a disabled account loses its library at once
        SystemTask.run(() -> {
            libraryAccounts.setEnabled(first.account().id(), false);
            return null;
        });
        assertThat(api.get("/api/libraries/" + own, library).status()).isIn(401, 403);
    }
}
