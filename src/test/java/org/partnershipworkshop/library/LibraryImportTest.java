package org.partnershipworkshop.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Importing a region's network from CSV and from {@code workshop-libraries/1}: what is added and updated, the
 * library each belongs to found in the file or the registry, and every refused case with its row or path —
 * while a refused file writes nothing at all.
 */
@IntegrationTest
class LibraryImportTest {

    private static final String HEADER = "key,name,kind,parent,municipality_kind,municipality,region,email,phone,website";

    @Autowired
    LibraryService libraries;

    private ImportResult importBytes(byte[] content) {
        return SystemTask.run(() -> libraries.importDocument(content));
    }

    private ImportResult importCsv(String... lines) {
        return importBytes(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    private List<Tuple> refused(byte[] content) {
        int before = count();
        try {
            importBytes(content);
        } catch (ValidationFailedException e) {
            assertThat(count()).as("a refused file writes nothing").isEqualTo(before);
            return e.violations().stream().map(v -> tuple(v.path(), v.key())).toList();
        }
        throw new AssertionError("the file was imported");
    }

    private List<Tuple> refusedCsv(String... lines) {
        return refused(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    private List<Tuple> refusedJson(String json) {
        return refused(json.getBytes(StandardCharsets.UTF_8));
    }

    private int count() {
        return SystemTask.run(() -> libraries.search(LibraryFilter.EVERYTHING)).size();
    }

    private LibrarySummary byKey(String key) {
        return SystemTask.run(() -> libraries.search(new LibraryFilter(key, null, null, null, true))).stream()
                .filter(l -> l.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void aCsvNetworkIsAddedAndAReImportUpdatesByKeyInsteadOfDoubling() {
        String u = Libraries.unique();
        ImportResult first = importCsv(HEADER,
                // a branch may come before its central library's row; keys are compared without case
                "kirshino-" + u + ",Киршинская модельная библиотека,rural-model,CRB-" + u + ",district,Печорский район,Псковская область,,,",
                "crb-" + u + ",Печорская центральная районная библиотека,central,,district,Печорский район,Псковская область,pechory@example.org,,",
                "izborsk-" + u + ",Новоизборская модельная библиотека,rural-model,crb-" + u + ",district,Печорский район,Псковская область,,,");
        assertThat(first).isEqualTo(new ImportResult(3, 0, 0));
        LibrarySummary crb = byKey("crb-" + u);
        assertThat(crb.branches()).isEqualTo(2);
        assertThat(crb.facts().email()).isEqualTo("pechory@example.org");
        assertThat(byKey("izborsk-" + u).facts().parentId()).isEqualTo(crb.id());
        assertThat(byKey("izborsk-" + u).parentName()).isEqualTo("Печорская центральная районная библиотека");

        int before = count();
        ImportResult again = importCsv(HEADER,
                "crb-" + u + ",Печорская ЦРБ,central,,district,Печорский район,Псковская область,pechory@example.org,+7 811 48,",
                "izborsk-" + u + ",Новоизборская модельная библиотека,rural-model,crb-" + u + ",district,Печорский район,Псковская область,,,");
        assertThat(again).isEqualTo(new ImportResult(0, 1, 1));
        assertThat(count()).isEqualTo(before);
        LibrarySummary renamed = byKey("crb-" + u);
        assertThat(renamed.id()).isEqualTo(crb.id());
        assertThat(renamed.name()).isEqualTo("Печорская ЦРБ");
        assertThat(renamed.facts().phone()).isEqualTo("+7 811 48");
        assertThat(byKey("kirshino-" + u).facts().parentId()).as("a library the file does not name stays").isEqualTo(crb.id());
    }

    @Test
    void aSpreadsheetsSemicolonsWindows1251AndArchivedColumnAreRead() {
        String u = Libraries.unique();
        String csv = "key;name;kind;region;archived\r\nold-" + u + ";Закрытая библиотека;rural;Псковская область;да\r\n"
                + "open-" + u + ";Открытая библиотека;rural;Псковская область;\r\n";
        assertThat(importBytes(csv.getBytes(Charset.forName("windows-1251")))).isEqualTo(new ImportResult(2, 0, 0));
        assertThat(byKey("old-" + u).archived()).isTrue();
        assertThat(byKey("old-" + u).name()).isEqualTo("Закрытая библиотека");
        assertThat(byKey("open-" + u).archived()).isFalse();
        // without the column, a re-import leaves the archived state as it is; with it, it changes it
        assertThat(importCsv("key,name,kind,region", "old-" + u + ",Закрытая библиотека,rural,Псковская область"))
                .isEqualTo(new ImportResult(0, 0, 1));
        assertThat(byKey("old-" + u).archived()).isTrue();
        assertThat(importCsv("key,name,kind,region,archived", "old-" + u + ",Закрытая библиотека,rural,Псковская область,false"))
                .isEqualTo(new ImportResult(0, 1, 0));
        assertThat(byKey("old-" + u).archived()).isFalse();
    }

    @Test
    void aJsonNetworkTakesTheDocumentsRegionAndFindsParentsInTheRegistry() {
        String u = Libraries.unique();
        long existing = Libraries.create(libraries, "registry-" + u);
        String parentKey = SystemTask.run(() -> libraries.library(existing)).facts().key();
        String json = """
                {"format": "workshop-libraries/1", "region": "Псковская область", "libraries": [
                  {"key": "branch-%1$s", "name": "Филиал", "kind": "branch", "parent": "%2$s", "id": 12345,
                   "municipality": {"kind": "city", "name": "Псков"}, "website": "pskovlib.ru"},
                  {"key": "own-%1$s", "name": "Своя", "kind": "children", "region": "Новгородская область", "archived": true}
                ]}""".formatted(u, parentKey);
        assertThat(importBytes(json.getBytes(StandardCharsets.UTF_8))).isEqualTo(new ImportResult(2, 0, 0));
        LibrarySummary branch = byKey("branch-" + u);
        assertThat(branch.facts().parentId()).isEqualTo(existing);
        assertThat(branch.facts().region()).isEqualTo("Псковская область");
        assertThat(branch.facts().municipality()).isEqualTo(new Municipality(MunicipalityKind.CITY, "Псков"));
        assertThat(byKey("own-" + u).facts().region()).isEqualTo("Новгородская область");
        assertThat(byKey("own-" + u).archived()).isTrue();
    }

    @Test
    void theExportImportsBackUnchanged() {
        String u = Libraries.unique();
        importCsv(HEADER, "x-" + u + ",\"Библиотека \"\"Искра\"\", филиал\",branch,y-" + u + ",city,Псков,Псковская область,,=1+1,",
                "y-" + u + ",Центральная,central,,city,Псков,Псковская область,,,https://example.org");
        LibraryFilter mine = new LibraryFilter(u, null, null, null, true);
        for (LibraryFormat format : LibraryFormat.values()) {
            LibraryFile file = SystemTask.run(() -> libraries.export(mine, format));
            assertThat(importBytes(file.content())).as(format.name()).isEqualTo(new ImportResult(0, 0, 2));
        }
        assertThat(byKey("x-" + u).facts().phone()).isEqualTo("=1+1");
    }

    @Test
    void everyBrokenRuleOfACsvFileIsReportedWithItsRowAndColumn() {
        String u = Libraries.unique();
        assertThat(refusedCsv(HEADER,
                ",Без ключа,central,,,,Псковская область,,,",
                "bad key!,Плохой ключ,central,,,,Псковская область,,,",
                "kind-" + u + ",Неизвестный вид,museum,,,,Псковская область,,,",
                "half-" + u + ",Полмуниципалитета,rural,,district,,Псковская область,,,",
                "town-" + u + ",Неизвестный вид МО,rural,,village,Изборск,Псковская область,,,",
                "mail-" + u + ",Почта,rural,,,,Псковская область,kmc@,,",
                "site-" + u + ",Сайт,rural,,,,Псковская область,,,javascript:alert(1)",
                "noname-" + u + ",,rural,,,,,,,",
                "twice-" + u + ",Первая,rural,,,,Псковская область,,,",
                "TWICE-" + u + ",Вторая,rural,,,,Псковская область,,,",
                "orphan-" + u + ",Сирота,branch,nowhere-" + u + ",,,Псковская область,,,",
                "self-" + u + ",Сама в себе,branch,self-" + u + ",,,Псковская область,,,",
                "extra-" + u + ",Лишнее,rural,,,,Псковская область,,,,,surplus",
                "long-" + u + "," + "Б".repeat(301) + ",rural,,,,Псковская область,,,"))
                .containsExactly(
                        tuple("row 14", "library.csv.error.tooManyFields"),
                        tuple("row 2, key", "error.required"),
                        tuple("row 3, key", "library.error.key"),
                        tuple("row 4, kind", "library.error.kindUnknown"),
                        tuple("row 5, municipality", "error.required"),
                        tuple("row 6, municipality_kind", "library.error.municipalityKindUnknown"),
                        tuple("row 7, email", "library.error.email"),
                        tuple("row 8, website", "library.error.website"),
                        tuple("row 9, name", "error.required"),
                        tuple("row 9, region", "error.required"),
                        tuple("row 11, key", "library.error.keyRepeated"),
                        tuple("row 15, name", "error.tooLong"),
                        tuple("row 12, parent", "library.error.parentUnknown"),
                        tuple("row 13, parent", "library.error.parentSelf"));
    }

    @Test
    void theHeaderAndTheQuotesOfACsvFileAreChecked() {
        assertThat(refusedCsv("")).containsExactly(tuple("row 1", "library.csv.error.noHeader"));
        assertThat(refusedCsv("key,name,emial,name,kind", "a,b,c,d,e")).containsExactly(
                tuple("row 1, column 3", "library.csv.error.unknownColumn"),
                tuple("row 1, column 4", "library.csv.error.repeatedColumn"),
                tuple("row 1", "library.csv.error.missingColumns"));
        assertThat(refusedCsv("key,name,kind,region", "a,b,rural,Область,surplus",
                "c,\"not closed,rural,Область")).containsExactly(
                tuple("row 2", "library.csv.error.tooManyFields"),
                tuple("row 3", "library.csv.error.unclosedQuote"));
        String u = Libraries.unique();
        assertThat(importCsv("key,name,kind,region", "a-" + u + ",b,rural,Область,", "c-" + u + ",d,rural,Область,,"))
                .as("empty fields after the last column are not extra").isEqualTo(new ImportResult(2, 0, 0));
    }

    @Test
    void aLibraryCannotComeBackToItselfThroughTheRegistry() {
        String u = Libraries.unique();
        importCsv("key,name,kind,parent,region", "top-" + u + ",Верх,central,,Область", "mid-" + u + ",Середина,branch,top-" + u + ",Область");
        // the file makes top belong to mid, which (in the registry) belongs to top
        assertThat(refusedCsv("key,name,kind,parent,region", "top-" + u + ",Верх,central,mid-" + u + ",Область"))
                .containsExactly(tuple("row 2, parent", "library.error.parentCycle"));
        assertThat(byKey("top-" + u).facts().parentId()).isNull();
    }

    @Test
    void everyBrokenRuleOfAJsonDocumentIsReportedWithItsPath() {
        assertThat(refusedJson("{\"format\": \"workshop-libraries/2\", \"libraries\": []}"))
                .containsExactly(tuple("format", "error.formatUnsupported"));
        assertThat(refusedJson("{\"format\": \"workshop-libraries/1\"}")).containsExactly(tuple("libraries", "error.required"));
        assertThat(refusedJson("{\"format\": \"workshop-libraries/1\", \"libraries\": {}}"))
                .containsExactly(tuple("libraries", "error.notArray"));
        assertThat(refusedJson("{\"format\": \"workshop-libraries/1\", \"region\": 7, \"libraries\": [\n"
                + "  \"a library\",\n"
                + "  {\"key\": 5, \"name\": [\"x\"], \"kind\": \"central\", \"region\": \"Область\"},\n"
                + "  {\"key\": \"m\", \"name\": \"М\", \"kind\": \"central\", \"region\": \"Область\", \"municipality\": \"Псков\", \"archived\": \"yes\"},\n"
                + "  {\"key\": \"p\", \"name\": \"П\", \"kind\": \"Branch\", \"municipality\": {\"kind\": \"district\"}}\n"
                + "]}")).containsExactly(
                tuple("region", "error.notString"),
                tuple("libraries[0]", "error.notObject"),
                tuple("libraries[1].key", "error.notString"),
                tuple("libraries[1].name", "error.notString"),
                tuple("libraries[2].municipality", "error.notObject"),
                tuple("libraries[2].archived", "library.error.notBoolean"),
                tuple("libraries[1].key", "error.required"),
                tuple("libraries[1].name", "error.required"),
                tuple("libraries[3].municipality.name", "error.required"),
                tuple("libraries[3].region", "error.required"));
        assertThat(refusedJson("{\"format\": \"workshop-libraries/1\", \"libraries\": [\"x\"")).singleElement()
                .extracting(t -> t.toList().get(1)).isEqualTo("error.notJson");
    }

    @Test
    void aDocumentOverTheLimitIsRefusedBeforeItIsRead() {
        byte[] big = new byte[org.partnershipworkshop.base.Limits.DOCUMENT_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        big[0] = '{';
        assertThat(refused(big)).extracting(t -> t.toList().get(1)).containsExactly("error.documentTooLarge");
        assertThat(Violation.of("", "x").path()).isEmpty();
    }
}
