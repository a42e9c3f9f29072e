package org.partnershipworkshop.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipworkshop.base.Language;

class TemplateLoaderTest {

    private static final Path FOLDER = Path.of("workshop-templates");

    @Test
    void theSmartDiagramHasExactlyTheFieldsKindsAndLabelsOfMeetingV1() {
        TemplateLoader.Result result = new TemplateLoader().load(FOLDER, "none");
        assertThat(result.problems()).isEmpty();
        CanvasTemplate smart = result.templates().stream().filter(t -> t.id().equals("smart-diagram")).findFirst().orElseThrow();
        List<String[]> expected = List.of(
                new String[] {"targetGroup", "notes", "Целева група", "Целевая группа", "Target group"},
                new String[] {"needs", "notes", "Потребности", "Потребности", "Needs"},
                new String[] {"service", "notes", "Идентифициране на услугата", "Услуга", "Service"},
                new String[] {"goal", "notes", "Цел", "Цель", "Goal"},
                new String[] {"resources", "resources", "План/ресурси", "План и ресурсы", "Plan and resources"},
                new String[] {"partners", "partners", "Партньори", "Партнёры", "Partners"},
                new String[] {"information", "notes", "Информация", "Информирование", "Information channels"},
                new String[] {"activities", "notes", "Дейности", "Мероприятия", "Activities"},
                new String[] {"results", "notes", "Резултати", "Результаты", "Results"},
                new String[] {"socialEffect", "notes", "Социален ефект", "Социальный эффект", "Social effect"},
                new String[] {"economicEffect", "notes", "Икономически ефект", "Экономический эффект", "Economic effect"});
        assertThat(smart.fields()).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            TemplateField field = smart.fields().get(i);
            String[] row = expected.get(i);
            assertThat(field.id()).isEqualTo(row[0]);
            assertThat(field.kind().id()).isEqualTo(row[1]);
            assertThat(field.label(Language.BG)).isEqualTo(row[2]);
            assertThat(field.label(Language.RU)).isEqualTo(row[3]);
            assertThat(field.label(Language.EN)).isEqualTo(row[4]);
            for (Language language : Language.values()) {
                assertThat(field.question(language)).as("question of %s in %s", field.id(), language).isNotBlank();
            }
        }
    }

    @Test
    void thePracticePassportHasTheFieldsOfTheSeedPassport() {
        CanvasTemplate passport = new TemplateLoader().load(FOLDER, "none").templates().stream()
                .filter(t -> t.id().equals("practice-passport")).findFirst().orElseThrow();
        assertThat(passport.fields()).extracting(TemplateField::id).containsExactly("name", "territory", "period",
                "prerequisites", "goals", "approaches", "results", "participants", "beneficiaries", "costs", "team", "links");
        assertThat(passport.field("results").orElseThrow().kind()).isEqualTo(FieldKind.INDICATORS);
        assertThat(passport.field("participants").orElseThrow().kind()).isEqualTo(FieldKind.PARTNERS);
        assertThat(passport.field("costs").orElseThrow().kind()).isEqualTo(FieldKind.RESOURCES);
    }

    @Test
    void aBrokenFileIsReportedWithFileAndReasonAndTheOthersStillLoad(@TempDir Path folder) throws IOException {
        Files.copy(FOLDER.resolve("smart-diagram.json"), folder.resolve("smart-diagram.json"));
        Files.writeString(folder.resolve("not-json.json"), "{ this is not json");
        Files.writeString(folder.resolve("bad-kind.json"), Files.readString(FOLDER.resolve("smart-diagram.json"))
                .replace("\"smart-diagram\"", "\"bad-kind\"").replaceFirst("\"kind\": \"notes\"", "\"kind\": \"stickers\""));
        Files.writeString(folder.resolve("wrong-name.json"), Files.readString(FOLDER.resolve("smart-diagram.json")));

        TemplateLoader.Result result = new TemplateLoader().load(folder, "none");

        assertThat(result.templates()).extracting(CanvasTemplate::id).containsExactly("smart-diagram");
        assertThat(result.problems()).extracting(TemplateLoader.Problem::file)
                .containsExactlyInAnyOrder("not-json.json", "bad-kind.json", "wrong-name.json");
        assertThat(result.problems()).filteredOn(p -> p.file().equals("bad-kind.json")).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("fields[0].kind").contains("stickers"));
        assertThat(result.problems()).filteredOn(p -> p.file().equals("not-json.json")).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("not valid JSON"));
        assertThat(result.problems()).filteredOn(p -> p.file().equals("wrong-name.json")).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("smart-diagram.json"));
    }

    @Test
    void overlappingAreasAndMissingTranslationsAreBroken() {
        TemplateLoader loader = new TemplateLoader();
        String ok = """
                {"id":"t","version":1,"names":{"bg":"т","ru":"т","en":"t"},"board":{"columns":2},"fields":[
                 {"id":"a","kind":"notes","area":{"column":1,"row":1},"labels":{"bg":"а","ru":"а","en":"a"},
                  "questions":{"bg":"?","ru":"?","en":"?"}},
                 {"id":"b","kind":"notes","area":{"column":%d,"row":1},"labels":{"bg":"б","ru":"б",%s},
                  "questions":{"bg":"?","ru":"?","en":"?"}}]}""";
        assertThat(loader.parse(org.partnershipworkshop.base.Json.MAPPER.readTree(ok.formatted(2, "\"en\":\"b\""))).fields()).hasSize(2);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> loader.parse(
                org.partnershipworkshop.base.Json.MAPPER.readTree(ok.formatted(1, "\"en\":\"b\""))))
                .hasMessageContaining("overlaps");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> loader.parse(
                org.partnershipworkshop.base.Json.MAPPER.readTree(ok.formatted(2, "\"xx\":\"b\""))))
                .hasMessageContaining("fields[1].labels.en");
    }
}
