package org.partnershipworkshop.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnershipworkshop.survey.Surveys.asFacilitator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.base.NotFoundException;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.survey.SurveyResults.ChannelResult;
import org.partnershipworkshop.survey.SurveyResults.GroupResult;
import org.partnershipworkshop.survey.SurveyResults.QuestionResult;
import org.partnershipworkshop.survey.SurveyResults.TextAnswer;
import org.partnershipworkshop.survey.SurveyResults.ValueCount;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A reader survey through the services: a facilitator composes it for three libraries in two municipalities;
 * readers' devices answer through their library's link, once each (a second answer replaces the first); the
 * results count per question, library and municipality, with the texts and their library; a closed survey and
 * a wrong library refuse; what answers mean cannot change once answered, the wording can; the XLSX export holds
 * the answers.
 */
@IntegrationTest
@Tag("postgres")
class SurveyServiceTest {

    @Autowired
    SurveyService surveys;
    @Autowired
    SurveyAnswering answering;

    SurveyOwner owner;
    String code;
    /** A client address of this test alone, so the per-address throttle of other tests does not interfere. */
    String client;

    @BeforeEach
    void createSurvey() {
        owner = Surveys.owner();
        SurveyInfo info = asFacilitator(() -> surveys.create(owner, Surveys.spec("Читателите за библиотеките",
                List.of(Surveys.SMOLYAN, Surveys.CHEPELARE, Surveys.SMOLYAN_BRANCH))));
        code = info.code().value();
        client = "survey-test-" + System.nanoTime();
    }

    private static Map<String, Object> answer(Object... pairs) {
        Map<String, Object> sent = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            sent.put((String) pairs[i], pairs[i + 1]);
        }
        return sent;
    }

    private static List<String> keys(ValidationFailedException e) {
        return e.violations().stream().map(v -> v.key()).toList();
    }

    private SurveyResults results() {
        return asFacilitator(() -> surveys.results(owner));
    }

    private static Map<String, Long> counts(QuestionResult q) {
        Map<String, Long> counts = new HashMap<>();
        q.distribution().forEach(v -> counts.put(v.value(), v.count()));
        return counts;
    }

    /** Three readers through three libraries; answers as the form sends them. */
    private void threeReaders(String first, String second, String third) {
        assertThat(answering.submit(code, 101, first, answer("visits", "weekly", "satisfaction", 5, "staff", 10, "again", true,
                "topics", List.of("books", "events"), "wishes", "Повече детски книги"), client)).isFalse();
        answering.submit(code, 103, second, answer("visits", "monthly", "satisfaction", 3, "again", false,
                "wishes", "По-дълго работно време"), client);
        answering.submit(code, 102, third, answer("visits", "weekly", "satisfaction", 4, "staff", 8, "topics", List.of("books")),
                client);
    }

    @Test
    void answersThroughTheLibrariesAreCountedPerQuestionLibraryAndMunicipality() {
        PublicSurvey form = answering.form(code.toLowerCase(), 102, client);
        assertThat(form.title()).isEqualTo("Читателите за библиотеките");
        assertThat(form.channel()).isEqualTo(Surveys.CHEPELARE);
        assertThat(form.takesAnswers()).isTrue();
        assertThat(form.questionnaire()).isEqualTo(Surveys.questionnaire());

        threeReaders(DeviceKey.random(), DeviceKey.random(), DeviceKey.random());

        SurveyResults results = results();
        assertThat(results.answers()).isEqualTo(3);
        QuestionResult visits = results.question("visits").orElseThrow();
        assertThat(visits.answered()).isEqualTo(3);
        assertThat(visits.distribution()).extracting(ValueCount::value).containsExactly("weekly", "monthly", "rarely");
        assertThat(counts(visits)).containsEntry("weekly", 2L).containsEntry("monthly", 1L).containsEntry("rarely", 0L);
        assertThat(visits.distribution().getFirst().labels().bg()).isEqualTo("Всяка седмица");
        QuestionResult satisfaction = results.question("satisfaction").orElseThrow();
        assertThat(satisfaction.average()).isEqualTo(4.0);
        assertThat(satisfaction.distribution()).extracting(ValueCount::count).containsExactly(0L, 0L, 1L, 1L, 1L);
        assertThat(results.question("staff").orElseThrow().average()).isEqualTo(9.0);
        assertThat(results.question("staff").orElseThrow().distribution()).hasSize(10);
        assertThat(counts(results.question("again").orElseThrow())).containsEntry(Reply.YES, 1L).containsEntry(Reply.NO, 1L);
        QuestionResult topics = results.question("topics").orElseThrow();
        assertThat(topics.answered()).as("people, not ticks").isEqualTo(2);
        assertThat(counts(topics)).containsEntry("books", 2L).containsEntry("events", 1L).containsEntry("internet", 0L);
        QuestionResult wishes = results.question("wishes").orElseThrow();
        assertThat(wishes.textCount()).isEqualTo(2);
        assertThat(wishes.texts()).extracting(TextAnswer::text, TextAnswer::channelName).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Повече детски книги", Surveys.SMOLYAN.name()),
                org.assertj.core.groups.Tuple.tuple("По-дълго работно време", Surveys.SMOLYAN_BRANCH.name()));
        assertThat(results.question("name").orElseThrow().textCount()).isZero();

        Map<Long, ChannelResult> byChannel = new HashMap<>();
        results.byChannel().forEach(c -> byChannel.put(c.channel(), c));
        assertThat(byChannel).containsOnlyKeys(101L, 102L, 103L);
        assertThat(byChannel.get(101L).answers()).isEqualTo(1);
        assertThat(byChannel.get(101L).averages()).containsEntry("satisfaction", 5.0).containsEntry("staff", 10.0);
        assertThat(byChannel.get(103L).averages()).containsEntry("satisfaction", 3.0).doesNotContainKey("staff");
        assertThat(byChannel.get(102L).averages()).containsEntry("satisfaction", 4.0).containsEntry("staff", 8.0);
        assertThat(byChannel.get(103L).group()).isEqualTo("Смолян");

        assertThat(results.byGroup()).extracting(GroupResult::group).containsExactly("Смолян", "Чепеларе");
        GroupResult smolyan = results.byGroup().getFirst();
        assertThat(smolyan.channels()).isEqualTo(2);
        assertThat(smolyan.answers()).isEqualTo(2);
        assertThat(smolyan.averages()).containsEntry("satisfaction", 4.0).containsEntry("staff", 10.0);
        assertThat(results.byGroup().get(1).averages()).containsEntry("satisfaction", 4.0);
        assertThat(asFacilitator(() -> surveys.find(owner)).orElseThrow().answers()).isEqualTo(3);
    }

    @Test
    void aDeviceThatAnswersAgainReplacesItsAnswer() {
        String phone = DeviceKey.random();
        threeReaders(phone, DeviceKey.random(), DeviceKey.random());
        assertThat(answering.earlier(code, phone)).get().satisfies(earlier -> assertThat(earlier)
                .containsEntry("visits", "weekly").containsEntry("satisfaction", 5).containsEntry("again", true)
                .containsEntry("topics", List.of("books", "events")));
        assertThat(answering.earlier(code, DeviceKey.random())).isEmpty();
        assertThat(answering.earlier(code, "not a key")).isEmpty();

        assertThat(answering.submit(code, 101, phone, answer("visits", "rarely", "satisfaction", 1), client))
                .as("replaced").isTrue();
        SurveyResults results = results();
        assertThat(results.answers()).isEqualTo(3);
        assertThat(results.question("satisfaction").orElseThrow().average()).isEqualTo(2.67);
        assertThat(counts(results.question("visits").orElseThrow())).containsEntry("rarely", 1L).containsEntry("weekly", 1L);
        assertThat(results.question("wishes").orElseThrow().texts()).extracting(TextAnswer::text)
                .containsExactly("По-дълго работно време");
        assertThat(answering.earlier(code, phone)).get().satisfies(e -> assertThat(e).containsOnlyKeys("visits", "satisfaction"));
    }

    @Test
    void aClosedSurveyAndAWrongLibraryRefuseAnswers() {
        String device = DeviceKey.random();
        answering.submit(code, 101, device, answer("visits", "weekly", "satisfaction", 5), client);
        assertThatThrownBy(() -> answering.form(code, 999, client)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> answering.form("WRONG222", 101, client)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> answering.submit(code, 999, DeviceKey.random(), answer("visits", "weekly", "satisfaction", 5), client))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> answering.submit(code, SurveyChannel.NONE, DeviceKey.random(),
                answer("visits", "weekly", "satisfaction", 5), client)).as("a survey with libraries has no channel 0")
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> answering.submit(code, 101, DeviceKey.random(), answer("visits", "weekly"), client))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path() + " " + v.key()).containsExactly("answers.satisfaction error.required"));

        asFacilitator(() -> surveys.setOpen(owner, false));
        assertThat(answering.form(code, 101, client).takesAnswers()).isFalse();
        assertThatThrownBy(() -> answering.submit(code, 101, device, answer("visits", "rarely", "satisfaction", 1), client))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(keys(e)).containsExactly("survey.error.closed"));
        assertThat(results().answers()).isEqualTo(1);
        assertThat(results().question("satisfaction").orElseThrow().average()).as("the closed survey kept the answer").isEqualTo(5.0);

        asFacilitator(() -> surveys.setOpen(owner, true));
        SurveySpec pastLastDay = new SurveySpec("Читателите за библиотеките", org.partnershipworkshop.base.Language.BG,
                Surveys.questionnaire(), java.time.LocalDate.now().minusDays(2), List.of(Surveys.SMOLYAN, Surveys.CHEPELARE,
                Surveys.SMOLYAN_BRANCH));
        asFacilitator(() -> surveys.update(owner, pastLastDay));
        assertThat(answering.form(code, 101, client).takesAnswers()).as("past its last day").isFalse();
        assertThatThrownBy(() -> answering.submit(code, 101, DeviceKey.random(), answer("visits", "weekly", "satisfaction", 2), client))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(keys(e)).containsExactly("survey.error.closed"));
    }

    @Test
    void onceAnsweredTheQuestionsKeepTheirMeaningButNotTheirWording() {
        List<SurveyChannel> channels = List.of(Surveys.SMOLYAN, Surveys.CHEPELARE, Surveys.SMOLYAN_BRANCH);
        List<Question> rescaled = new ArrayList<>(Surveys.questionnaire().questions());
        rescaled.set(1, new Question("satisfaction", QuestionKind.RATING, true, 10, Surveys.t("Доволни ли сте?", "Satisfied?"), null));
        SurveySpec beforeAnswers = new SurveySpec("Читателите", org.partnershipworkshop.base.Language.BG,
                new Questionnaire(rescaled), null, channels);
        assertThat(asFacilitator(() -> surveys.update(owner, beforeAnswers)).questionnaire().question("satisfaction")
                .orElseThrow().scale()).as("nobody answered yet: anything may change").isEqualTo(10);
        asFacilitator(() -> surveys.update(owner, Surveys.spec("Читателите за библиотеките", channels)));

        answering.submit(code, 101, DeviceKey.random(), answer("visits", "weekly", "satisfaction", 5), client);
        assertThatThrownBy(() -> asFacilitator(() -> surveys.update(owner, beforeAnswers)))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(keys(e)).containsExactly("survey.error.answered"));
        assertThatThrownBy(() -> asFacilitator(() -> surveys.update(owner, Surveys.spec("Читателите", List.of(Surveys.CHEPELARE)))))
                .as("a library whose readers answered stays")
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(keys(e)).containsExactly("survey.error.channelAnswered"));

        List<Question> reworded = new ArrayList<>(Surveys.questionnaire().questions());
        Question visits = reworded.getFirst();
        reworded.set(0, new Question("visits", QuestionKind.SINGLE, false, null, Surveys.t("Колко често ни посещавате?", "How often?"),
                visits.options()));
        SurveyInfo changed = asFacilitator(() -> surveys.update(owner, new SurveySpec("Читателите за библиотеките",
                org.partnershipworkshop.base.Language.BG, new Questionnaire(reworded), null, channels)));
        assertThat(changed.questionnaire().question("visits").orElseThrow().labels().bg()).isEqualTo("Колко често ни посещавате?");
        assertThat(results().question("visits").orElseThrow().labels().bg()).isEqualTo("Колко често ни посещавате?");
        assertThat(results().answers()).isEqualTo(1);
    }

    @Test
    void theXlsxExportHoldsEveryAnswer() throws IOException {
        threeReaders(DeviceKey.random(), DeviceKey.random(), DeviceKey.random());
        SurveyFile file = asFacilitator(() -> surveys.export(owner, SurveyFormat.XLSX));
        assertThat(file.fileName()).isEqualTo("survey-" + code + ".xlsx");
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    Cell cell = row.getCell(i);
                    cells.add(cell == null ? "" : format.formatCellValue(cell));
                }
                rows.add(cells);
            }
        }
        assertThat(rows).hasSize(4);
        assertThat(rows.getFirst()).contains("Колко често идвате?", "Доволни ли сте?", "Какво да има още?");
        int satisfaction = rows.getFirst().indexOf("Доволни ли сте?");
        int wishes = rows.getFirst().indexOf("Какво да има още?");
        assertThat(rows.subList(1, 4)).extracting(r -> r.get(satisfaction)).containsExactlyInAnyOrder("5", "3", "4");
        assertThat(rows.subList(1, 4)).anySatisfy(r -> assertThat(r).contains(Surveys.SMOLYAN.name(), "Смолян", "Всяка седмица",
                "Повече детски книги").element(wishes).isEqualTo("Повече детски книги"));
        assertThat(rows.subList(1, 4)).anySatisfy(r -> assertThat(r).contains(Surveys.CHEPELARE.name(), "Книги"));

        SurveyFile csv = asFacilitator(() -> surveys.export(owner, SurveyFormat.CSV));
        assertThat(new String(csv.content(), java.nio.charset.StandardCharsets.UTF_8)).contains("По-дълго работно време");
    }
}
