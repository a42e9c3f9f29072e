package org.partnershipworkshop.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.EdgeCasesMode;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.Messages;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.canvas.CanvasTemplate;
import org.partnershipworkshop.canvas.TemplateCatalogs;
import org.partnershipworkshop.catalogue.PracticeReaderAccess;
import org.partnershipworkshop.library.LibraryReaderAccess;
import org.partnershipworkshop.plan.PlanReaderAccess;
import org.partnershipworkshop.support.MalformedInput;
import org.partnershipworkshop.support.TestData;

/**
 * Every interchange reader, fed generated malformed input (jqwik): it either reads the document or refuses it
 * with {@link ValidationFailedException} — problems that each have a path and a message in every language —
 * and never throws anything else (which the API would answer with a 500). The readers only read: nothing is
 * written until a whole document passed, so a refusal cannot leave half of it behind (the imports over HTTP:
 * {@code InterchangeImportFuzzTest}).
 *
 * <p>A new document format joins by adding one {@link Reader} to {@link #READERS}: its name, a valid document,
 * and how to read it (the malformed variants are derived from the valid document by {@link MalformedInput}).
 */
class InterchangeReadersFuzzTest {

    private static final List<CanvasTemplate> TEMPLATES = TemplateCatalogs.load(Path.of("workshop-templates"));
    private static final MeetingDocumentReader MEETINGS = new MeetingDocumentReader(
            id -> TEMPLATES.stream().filter(t -> t.id().equals(id)).findFirst());
    private static final PracticeReaderAccess PRACTICES = new PracticeReaderAccess(TEMPLATES);
    private static final Messages MESSAGES = new Messages();

    /** One format's reader under test. */
    record Reader(String name, byte[] valid, Arbitrary<byte[]> malformed, Function<byte[], ?> read) {
        static Reader json(String name, byte[] valid, Function<byte[], ?> read) {
            return new Reader(name, valid, MalformedInput.json(valid), read);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final byte[] LIBRARIES_CSV = ("key,name,kind,parent,municipality_kind,municipality,region,address\r\n"
            + "pskov-regional,\"ГБУК «Псковская областная универсальная научная библиотека»\",regional,,city,Псков,"
            + "Псковская область,\"г. Псков, ул. Профсоюзная, 2\"\r\n"
            + "velikie-luki,Центральная городская библиотека,central,,city,Великие Луки,Псковская область,\r\n")
            .getBytes(StandardCharsets.UTF_8);

    static final List<Reader> READERS = List.of(
            Reader.json("workshop-meeting/1", TestData.example(), MEETINGS::read),
            Reader.json("workshop-practice/1", resource("catalogue/demo-practice.json"), PRACTICES::read),
            Reader.json("workshop-plan/1", resource("plan/demo-plan-2013.json"), PlanReaderAccess::read),
            Reader.json("workshop-libraries/1", resource("library/demo-pskov-region.json"), LibraryReaderAccess::readJson),
            new Reader("libraries CSV", LIBRARIES_CSV, Arbitraries.oneOf(MalformedInput.truncated(LIBRARIES_CSV),
                    MalformedInput.flipped(LIBRARIES_CSV), MalformedInput.garbage()), LibraryReaderAccess::readCsv),
            new Reader("workshop-backup/1", validBackup(), backups(), zip -> BackupContents.read(zip, MEETINGS::read,
                    List.of("partners.json", "practices.json", "feedback-forms.json", "work-plans.json"))));

    /** An input for one of the readers; shown by its reader and size when a property fails. */
    record Input(Reader reader, byte[] bytes) {
        @Override
        public String toString() {
            String start = new String(bytes, 0, Math.min(bytes.length, 300), StandardCharsets.UTF_8);
            return reader.name() + " (" + bytes.length + " bytes): " + start;
        }
    }

    @Provide
    Arbitrary<Input> inputs() {
        return Arbitraries.of(READERS).flatMap(reader -> reader.malformed().map(bytes -> new Input(reader, bytes)));
    }

    @Property(tries = 600, edgeCases = EdgeCasesMode.MIXIN)
    void everyReaderReadsOrRefusesWithPathsNeverAnythingElse(@ForAll("inputs") Input input) {
        try {
            input.reader().read().apply(input.bytes());
        } catch (ValidationFailedException refused) {
            assertThat(refused.violations()).as(input.toString()).isNotEmpty().allSatisfy(v -> {
                assertThat(v.path()).isNotNull();
                for (Language language : Language.values()) {
                    assertThat(MESSAGES.describe(v, language)).as("message of %s in %s", v.key(), language).doesNotContain("!" + v.key() + "!");
                }
            });
        }
    }

    /** The valid documents the malformed ones are made from read, so the mutations start from something good. */
    @Example
    void theValidDocumentsRead() {
        for (Reader reader : READERS) {
            assertThat(reader.read().apply(reader.valid())).as(reader.name()).isNotNull();
        }
    }

    // --- backups: the zip, the manifest, a meeting and a part, each possibly malformed

    private static Arbitrary<byte[]> backups() {
        byte[] manifest = manifest();
        byte[] part = "{\"format\":\"workshop-feedback-forms/1\",\"forms\":[{\"meetingId\":1,\"questions\":[]}]}"
                .getBytes(StandardCharsets.UTF_8);
        Arbitrary<byte[]> zips = Combinators.combine(
                Arbitraries.oneOf(Arbitraries.just(manifest), MalformedInput.json(manifest)),
                Arbitraries.oneOf(Arbitraries.just(TestData.example()), MalformedInput.json(TestData.example())),
                Arbitraries.oneOf(Arbitraries.just(part), MalformedInput.json(part), MalformedInput.garbage()),
                Arbitraries.of("meetings/0001.json", "meetings/../../x.json", "manifest.json", "meetings/0001.json"))
                .as((m, meeting, p, meetingName) -> {
                    Map<String, byte[]> files = new LinkedHashMap<>();
                    files.put(Backup.MANIFEST, m);
                    files.putIfAbsent(meetingName, meeting);
                    files.put("feedback-forms.json", p);
                    return MalformedInput.zip(files);
                });
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, zips),
                net.jqwik.api.Tuple.of(1, MalformedInput.truncated(validBackup())),
                net.jqwik.api.Tuple.of(1, MalformedInput.garbage()));
    }

    private static byte[] manifest() {
        return ("{\"format\":\"workshop-backup/1\",\"createdAt\":\"2026-12-03T10:00:00Z\","
                + "\"meetings\":[\"meetings/0001.json\"],\"parts\":[\"feedback-forms.json\"]}").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] validBackup() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(Backup.MANIFEST, manifest());
        files.put("meetings/0001.json", TestData.example());
        files.put("feedback-forms.json", "{\"format\":\"workshop-feedback-forms/1\",\"forms\":[]}".getBytes(StandardCharsets.UTF_8));
        return MalformedInput.zip(files);
    }

    private static byte[] resource(String name) {
        try {
            return Files.readAllBytes(Path.of("src/main/resources", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
