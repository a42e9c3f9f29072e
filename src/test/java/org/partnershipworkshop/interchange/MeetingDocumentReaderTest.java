package org.partnershipworkshop.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.base.InputTooLargeException;
import org.partnershipworkshop.base.Json;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.Messages;
import org.partnershipworkshop.base.UnreadableInputException;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.partnershipworkshop.canvas.CanvasTemplate;
import org.partnershipworkshop.canvas.TemplateCatalogs;
import org.partnershipworkshop.meeting.NewMeeting;
import org.partnershipworkshop.support.TestData;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Every case of the Validation section of meeting-v1.md, plus the example itself. */
class MeetingDocumentReaderTest {

    private static final List<CanvasTemplate> TEMPLATES = TemplateCatalogs.load(Path.of("workshop-templates"));
    private final MeetingDocumentReader reader = new MeetingDocumentReader(
            id -> TEMPLATES.stream().filter(t -> t.id().equals(id)).findFirst());
    private final Messages messages = new Messages();

    @Test
    void theExampleIsValid() {
        NewMeeting meeting = reader.read(TestData.example());
        assertThat(meeting.facts().title()).isEqualTo("Партньорствата - инструмент за иновативни услуги в библиотеките");
        assertThat(meeting.facts().language()).isEqualTo(Language.BG);
        assertThat(meeting.groups()).hasSize(9);
        assertThat(meeting.sessions()).hasSize(2);
        assertThat(meeting.groups().get(0).canvas().entries("resources")).hasSize(4);
    }

    @Test
    void notJsonIsRefusedAsUnreadable() {
        assertThatThrownBy(() -> reader.read("{\"format\": ".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableInputException.class)
                .satisfies(e -> assertThat(only(e).key()).isEqualTo("error.notJson"));
        assertThatThrownBy(() -> reader.read(new byte[] {(byte) 0xC3, (byte) 0x28}))
                .isInstanceOf(UnreadableInputException.class);
    }

    @Test
    void aWrongFormatIsNamedWithTheSupportedOne() {
        Violation v = onlyProblem(doc -> doc.put("format", "workshop-meeting/2"));
        assertThat(v.path()).isEqualTo("format");
        assertThat(messages.describe(v, Language.EN))
                .isEqualTo("format: unsupported format \"workshop-meeting/2\"; supported: workshop-meeting/1");
    }

    @Test
    void missingRequiredMembersAreNamedByPath() {
        assertThat(problems(doc -> meeting(doc).remove("title"))).extracting(Violation::path, Violation::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("meeting.title", "error.required"));
        assertThat(onlyProblem(doc -> meeting(doc).remove("language")).path()).isEqualTo("meeting.language");
        assertThat(onlyProblem(doc -> meeting(doc).remove("startDate")).path()).isEqualTo("meeting.startDate");
        assertThat(onlyProblem(doc -> group(doc, 1).remove("number")).path()).isEqualTo("meeting.groups[1].number");
        assertThat(onlyProblem(doc -> group(doc, 1).remove("name")).path()).isEqualTo("meeting.groups[1].name");
        assertThat(onlyProblem(doc -> group(doc, 1).remove("template")).path()).isEqualTo("meeting.groups[1].template");
        assertThat(onlyProblem(doc -> group(doc, 1).remove("canvas")).path()).isEqualTo("meeting.groups[1].canvas");
        assertThat(onlyProblem(doc -> ((ObjectNode) meeting(doc).get("people").get(0)).remove("name")).path())
                .isEqualTo("meeting.people[0].name");
        assertThat(onlyProblem(doc -> ((ObjectNode) meeting(doc).get("sessions").get(1).get("presentations").get(0))
                .remove("title")).path()).isEqualTo("meeting.sessions[1].presentations[0].title");
        assertThat(onlyProblem(doc -> doc.remove("meeting")).path()).isEqualTo("meeting");
    }

    @Test
    void valuesOfTheWrongTypeAreRefused() {
        assertThat(onlyProblem(doc -> meeting(doc).put("title", 42))).extracting(Violation::path, Violation::key)
                .containsExactly("meeting.title", "error.notString");
        assertThat(onlyProblem(doc -> meeting(doc).put("participantCount", "95"))).extracting(Violation::path, Violation::key)
                .containsExactly("meeting.participantCount", "error.notInteger");
        assertThat(onlyProblem(doc -> meeting(doc).put("groups", "nine"))).extracting(Violation::path, Violation::key)
                .containsExactly("meeting.groups", "error.notArray");
        assertThat(onlyProblem(doc -> ((ArrayNode) meeting(doc).get("regions")).add(7))).extracting(Violation::path)
                .isEqualTo("meeting.regions[2]");
        assertThat(onlyProblem(doc -> canvas(doc, 0).putArray("needs").add(3))).extracting(Violation::path, Violation::key)
                .containsExactly("meeting.groups[0].canvas.needs[0]", "error.notString");
        assertThat(onlyProblem(doc -> ((ObjectNode) canvas(doc, 0).get("resources").get(0)).put("amount", "300")))
                .extracting(Violation::path, Violation::key)
                .containsExactly("meeting.groups[0].canvas.resources[0].amount", "error.notNumber");
        assertThat(onlyProblem(doc -> meeting(doc).put("startDate", "17.05.2012"))).extracting(Violation::key)
                .isEqualTo("error.notDate");
        assertThat(onlyProblem(doc -> meeting(doc).put("language", "de"))).extracting(Violation::key)
                .isEqualTo("error.languageUnknown");
    }

    @Test
    void aFieldTheTemplateDoesNotHaveIsRefused() {
        Violation v = onlyProblem(doc -> canvas(doc, 3).putArray("budget").add("1000 лв."));
        assertThat(v.path()).isEqualTo("meeting.groups[3].canvas.budget");
        assertThat(messages.describe(v, Language.EN)).contains("field \"budget\" does not exist in template \"smart-diagram\"");
    }

    @Test
    void anUnknownTemplateIsRefused() {
        Violation v = onlyProblem(doc -> group(doc, 0).put("template", "lean-canvas"));
        assertThat(v.path()).isEqualTo("meeting.groups[0].template");
        assertThat(v.key()).isEqualTo("error.templateUnknown");
    }

    @Test
    void anUnknownPartnerTypeIsRefusedWithTheAllowedOnes() {
        Violation v = onlyProblem(doc -> ((ObjectNode) canvas(doc, 2).get("partners").get(0)).put("type", "cafe"));
        assertThat(messages.describe(v, Language.EN)).isEqualTo("meeting.groups[2].canvas.partners[0].type: "
                + "unknown partner type \"cafe\"; allowed: library, community-centre, municipality, government-agency, "
                + "school, museum, culture, ngo, business, media, club, volunteers, individuals, professionals, other");
    }

    @Test
    void aDuplicateGroupNumberIsRefused() {
        Violation v = onlyProblem(doc -> group(doc, 4).put("number", 2));
        assertThat(v.path()).isEqualTo("meeting.groups[4].number");
        assertThat(v.key()).isEqualTo("error.groupNumberTaken");
    }

    @Test
    void theLimitsAreEnforced() {
        assertThat(onlyProblem(doc -> ((ArrayNode) canvas(doc, 0).get("needs")).add("x".repeat(2001))))
                .extracting(Violation::path, Violation::key).containsExactly("meeting.groups[0].canvas.needs[1]", "error.tooLong");
        assertThat(onlyProblem(doc -> {
            ArrayNode notes = canvas(doc, 0).putArray("goal");
            for (int i = 0; i < 201; i++) {
                notes.add("goal " + i);
            }
        })).extracting(Violation::path, Violation::key).containsExactly("meeting.groups[0].canvas.goal", "error.tooMany");
        assertThat(onlyProblem(doc -> {
            ArrayNode groups = (ArrayNode) meeting(doc).get("groups");
            for (int i = 10; i <= 501; i++) {
                groups.addObject().put("number", i).put("name", "G" + i).put("template", "smart-diagram").putObject("canvas");
            }
        })).extracting(Violation::path, Violation::key).containsExactly("meeting.groups", "error.tooMany");
        byte[] huge = new byte[5 * 1024 * 1024 + 1];
        java.util.Arrays.fill(huge, (byte) ' ');
        assertThatThrownBy(() -> reader.read(huge)).isInstanceOf(InputTooLargeException.class);
    }

    @Test
    void costsNeedACurrencyAndDatesAnOrder() {
        assertThat(onlyProblem(doc -> ((ObjectNode) canvas(doc, 0).get("resources").get(0)).remove("currency")))
                .extracting(Violation::path, Violation::key)
                .containsExactly("meeting.groups[0].canvas.resources[0].currency", "error.currencyRequired");
        assertThat(onlyProblem(doc -> ((ObjectNode) canvas(doc, 0).get("resources").get(0)).put("currency", "лв")))
                .extracting(Violation::key).isEqualTo("error.currencyUnknown");
        assertThat(onlyProblem(doc -> meeting(doc).put("endDate", "2012-05-16")))
                .extracting(Violation::path, Violation::key).containsExactly("meeting.endDate", "error.endBeforeStart");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        List<Violation> problems = problems(doc -> {
            doc.put("format", "x");
            meeting(doc).remove("title");
            group(doc, 0).put("template", "nope");
            group(doc, 1).put("number", 1);
        });
        assertThat(problems).extracting(Violation::path)
                .containsExactlyInAnyOrder("format", "meeting.title", "meeting.groups[0].template", "meeting.groups[1].number");
    }

    @Test
    void unknownMembersAreIgnored() {
        ObjectNode doc = example();
        doc.put("generator", "another tool");
        meeting(doc).put("weather", "sunny");
        group(doc, 0).put("color", "blue");
        assertThat(reader.read(Json.MAPPER.writeValueAsBytes(doc)).groups()).hasSize(9);
    }

    // --- helpers

    private static ObjectNode example() {
        return (ObjectNode) Json.MAPPER.readTree(TestData.example());
    }

    private static ObjectNode meeting(ObjectNode doc) {
        return (ObjectNode) doc.get("meeting");
    }

    private static ObjectNode group(ObjectNode doc, int index) {
        return (ObjectNode) meeting(doc).get("groups").get(index);
    }

    private static ObjectNode canvas(ObjectNode doc, int index) {
        return (ObjectNode) group(doc, index).get("canvas");
    }

    private List<Violation> problems(Consumer<ObjectNode> change) {
        ObjectNode doc = example();
        change.accept(doc);
        try {
            reader.read(Json.MAPPER.writeValueAsBytes(doc));
        } catch (ValidationFailedException e) {
            return e.violations();
        }
        throw new AssertionError("the document was accepted");
    }

    private Violation onlyProblem(Consumer<ObjectNode> change) {
        List<Violation> problems = problems(change);
        assertThat(problems).hasSize(1);
        return problems.getFirst();
    }

    private static Violation only(Throwable e) {
        return ((ValidationFailedException) e).violations().getFirst();
    }
}
