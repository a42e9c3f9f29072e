package org.partnershipworkshop.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;

/** The registry's rules without a database: a library's facts, its key, the CSV reading, the format told apart. */
class LibraryRulesTest {

    private static LibraryFacts facts(String key, String name, String email, String website) {
        return new LibraryFacts(key, name, LibraryKind.BRANCH, null, null, "Псковская область", null, email, null, website);
    }

    private static List<String> problems(Runnable work) {
        try {
            work.run();
        } catch (ValidationFailedException e) {
            return e.violations().stream().map(v -> v.path() + " " + v.key()).toList();
        }
        throw new AssertionError("no problem found");
    }

    @Test
    void everyBrokenRuleOfALibraryIsReportedAtOnceAtItsField() {
        assertThat(problems(() -> new LibraryFacts("Ключ!", " ", null, null, null, null, "x".repeat(2001),
                "kmc@", "1".repeat(101), "javascript:alert(1)"))).containsExactly(
                "key library.error.key", "name error.required", "kind error.required", "region error.required",
                "address error.tooLong", "email library.error.email", "phone error.tooLong", "website library.error.website");
    }

    @Test
    void textsAreStrippedEmptyOnesAreNoneAndKeysAreKeptInLowerCase() {
        LibraryFacts f = new LibraryFacts("  Pechorsky-CRB ", "  Печорская ЦРБ ", LibraryKind.CENTRAL, null, null,
                " Псковская область ", " ", "kmc@pskovlib.ru", "", "pskovlib.ru");
        assertThat(f.key()).isEqualTo("pechorsky-crb");
        assertThat(f.name()).isEqualTo("Печорская ЦРБ");
        assertThat(f.region()).isEqualTo("Псковская область");
        assertThat(f.address()).isNull();
        assertThat(f.phone()).isNull();
        assertThat(f.websiteLink()).isEqualTo("https://pskovlib.ru");
        assertThat(facts(null, "a", null, "http://example.org/lib?x=1").websiteLink()).isEqualTo("http://example.org/lib?x=1");
        assertThat(facts(null, "a", null, null).key()).isNull();
    }

    @Test
    void emailsAndWebsitesMustLookLikeThem() {
        for (String good : List.of("kmc@pskovlib.ru", "a.b-c@bibl.pskov.ru")) {
            assertThat(facts(null, "a", good, null).email()).isEqualTo(good);
        }
        for (String bad : List.of("kmc", "kmc@pskovlib", "a b@c.ru", "a@@b.ru")) {
            assertThat(problems(() -> facts(null, "a", bad, null))).as(bad).containsExactly("email library.error.email");
        }
        for (String good : List.of("pskovlib.ru", "https://pskovlib.ru", "http://библиотека.рф/о-нас", "www.lib.bg:8080/x")) {
            assertThat(facts(null, "a", null, good).website()).isEqualTo(good);
        }
        for (String bad : List.of("javascript:alert(1)", "ftp://lib.ru", "pskovlib", "https://", "a b.ru")) {
            assertThat(problems(() -> facts(null, "a", null, bad))).as(bad).containsExactly("website library.error.website");
        }
    }

    @Test
    void aMunicipalityHasAKindAndAName() {
        assertThat(problems(() -> new Municipality(null, "Печорский район"))).containsExactly("municipality.kind error.required");
        assertThat(problems(() -> new Municipality(MunicipalityKind.DISTRICT, " "))).containsExactly("municipality.name error.required");
        assertThat(new Municipality(MunicipalityKind.CITY, " Псков ").name()).isEqualTo("Псков");
    }

    @Test
    void aKeyIsMadeFromTheNameInLatinLetters() {
        assertThat(LibraryKey.fromName("Печорская ЦРБ")).isEqualTo("pechorskaya-tsrb");
        assertThat(LibraryKey.fromName("Самолвовская модельная библиотека Гдовского района"))
                .isEqualTo("samolvovskaya-modelnaya-biblioteka-gdovskogo-rayona");
        assertThat(LibraryKey.fromName("Читалище „Искра 1896“ — Щъркелово")).isEqualTo("chitalishche-iskra-1896-shchrkelovo");
        assertThat(LibraryKey.fromName("«»")).isEqualTo("library");
        String longName = "Муниципальное бюджетное учреждение культуры Новосокольническая центральная районная библиотека";
        assertThat(LibraryKey.fromName(longName)).hasSizeLessThanOrEqualTo(60).doesNotEndWith("-")
                .startsWith("munitsipalnoe-byudzhetnoe");
        assertThat(LibraryKey.normalize(LibraryKey.fromName(longName))).isNotNull();
        assertThat(LibraryKey.normalize("-starts-with-dash")).isNull();
        assertThat(LibraryKey.normalize("x".repeat(101))).isNull();
    }

    @Test
    void csvFieldsMayBeQuotedHoldDelimitersQuotesAndLineBreaks() {
        List<CsvReader.Row> rows = CsvReader.read("key,name\r\na,\"Библиотека \"\"Искра\"\", филиал\"\r\nb,\"две\nстроки\"\nc,");
        assertThat(rows).extracting(CsvReader.Row::number).containsExactly(1, 2, 3, 4);
        assertThat(rows.get(1).fields()).containsExactly("a", "Библиотека \"Искра\", филиал");
        assertThat(rows.get(2).fields()).containsExactly("b", "две\nстроки");
        assertThat(rows.get(3).fields()).containsExactly("c", "");
        assertThat(CsvReader.read("key,name\na,\"never closed").get(1).unclosed()).isTrue();
    }

    @Test
    void theDelimiterIsTheOneTheHeaderUses() {
        assertThat(CsvReader.delimiter("key;name;kind\n1,2;3")).isEqualTo(';');
        assertThat(CsvReader.delimiter("key\tname\tkind")).isEqualTo('\t');
        assertThat(CsvReader.delimiter("key,name,kind")).isEqualTo(',');
        assertThat(CsvReader.delimiter("\"a;b\",c")).isEqualTo(',');
        assertThat(CsvReader.delimiter("key")).isEqualTo(',');
    }

    @Test
    void aFileThatIsNotUtf8IsReadAsWindows1251AndAByteOrderMarkIsDropped() {
        String text = "key;name\nx;Печорская центральная районная библиотека";
        assertThat(LibraryCsv.decode(text.getBytes(Charset.forName("windows-1251")))).isEqualTo(text);
        assertThat(LibraryCsv.decode(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    }

    @Test
    void aDocumentIsJsonWhenItOpensAnObject() {
        assertThat(LibraryFormat.of("  \n{\"format\":1}".getBytes(StandardCharsets.UTF_8))).isEqualTo(LibraryFormat.JSON);
        assertThat(LibraryFormat.of("\uFEFF{}".getBytes(StandardCharsets.UTF_8))).isEqualTo(LibraryFormat.JSON);
        assertThat(LibraryFormat.of("key,name".getBytes(StandardCharsets.UTF_8))).isEqualTo(LibraryFormat.CSV);
        assertThat(LibraryFormat.of(new byte[0])).isEqualTo(LibraryFormat.CSV);
    }

    @Test
    void theCsvExportProtectsCellsASpreadsheetWouldTakeForFormulasAndTheImportTakesItBack() {
        LibraryFacts f = new LibraryFacts("k", "=HYPERLINK(\"x\")", LibraryKind.CENTRAL, null, null, "Область", null, null,
                "+7 (81148) 2-19-65", null);
        String csv = new String(LibraryCsv.write(List.of(new LibrarySummary(1, f, null, false, 0)), id -> null), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFkey,name,kind,parent,").contains("\"'=HYPERLINK(\"\"x\"\")\"", "'+7 (81148) 2-19-65");
        LibraryCsv.Read read = LibraryCsv.read(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(read.problems()).isEmpty();
        assertThat(read.libraries().getFirst().get(RawLibrary.NAME)).isEqualTo("=HYPERLINK(\"x\")");
        assertThat(read.libraries().getFirst().get(RawLibrary.PHONE)).isEqualTo("+7 (81148) 2-19-65");
    }

    @Test
    void csvProblemsNameTheirRowAndColumn() {
        LibraryCsv.Read read = LibraryCsv.read("Key;Name;Emial;name\n".getBytes(StandardCharsets.UTF_8));
        assertThat(read.problems()).extracting(Violation::path, Violation::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple("row 1, column 3", "library.csv.error.unknownColumn"),
                org.assertj.core.groups.Tuple.tuple("row 1, column 4", "library.csv.error.repeatedColumn"),
                org.assertj.core.groups.Tuple.tuple("row 1", "library.csv.error.missingColumns"));
        assertThatThrownBy(() -> new LibraryFacts(null, null, null, null, null, null, null, null, null, null))
                .isInstanceOf(ValidationFailedException.class);
    }
}
