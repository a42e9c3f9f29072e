package org.partnershipworkshop.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnershipworkshop.survey.Surveys.t;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.base.Json;
import org.partnershipworkshop.base.ValidationFailedException;

/** The rules of a questionnaire, its questions and options, and how it reads an answer as sent, without a database. */
class QuestionnaireTest {

    private final Questionnaire questionnaire = Surveys.questionnaire();

    private static List<String> problems(Runnable work) {
        try {
            work.run();
        } catch (ValidationFailedException e) {
            return e.violations().stream().map(v -> v.path() + " " + v.key()).toList();
        }
        throw new AssertionError("no problem reported");
    }

    private static Map<String, Object> answer(Object... pairs) {
        Map<String, Object> sent = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            sent.put((String) pairs[i], pairs[i + 1]);
        }
        return sent;
    }

    private Map<String, Object> required(Object... more) {
        Map<String, Object> sent = answer("visits", "weekly", "satisfaction", 4);
        sent.putAll(answer(more));
        return sent;
    }

    @Test
    void everyKindReadsItsGoodValues() {
        Reply reply = questionnaire.read(required("staff", 10, "again", false, "topics", List.of("internet", "books"),
                "name", "  Под игото ", "wishes", "Повече\nдетски книги"));
        assertThat(reply.values()).containsEntry("visits", List.of("weekly")).containsEntry("satisfaction", List.of("4"))
                .containsEntry("staff", List.of("10")).containsEntry("again", List.of(Reply.NO))
                .containsEntry("topics", List.of("internet", "books")).containsEntry("name", List.of("Под игото"))
                .containsEntry("wishes", List.of("Повече\nдетски книги"));
        assertThat(reply.asSent(questionnaire)).containsEntry("satisfaction", 4).containsEntry("again", false)
                .containsEntry("topics", List.of("internet", "books")).containsEntry("visits", "weekly");
        assertThat(questionnaire.read(required("again", true)).values()).containsEntry("again", List.of(Reply.YES));
    }

    @Test
    void wrongTypesAreRefusedAtTheirQuestion() {
        assertThat(problems(() -> questionnaire.read(answer("visits", 3, "satisfaction", "four", "again", "yes",
                "topics", "books", "name", 12, "wishes", List.of("a")))))
                .containsExactlyInAnyOrder("answers.visits survey.error.oneOption", "answers.satisfaction survey.error.rating",
                        "answers.again survey.error.yesNo", "answers.topics survey.error.options",
                        "answers.name error.notString", "answers.wishes error.notString");
        assertThat(problems(() -> questionnaire.read(required("topics", List.of("books", 3)))))
                .containsExactly("answers.topics survey.error.options");
    }

    @Test
    void ratingsStayOnTheirScale() {
        assertThat(problems(() -> questionnaire.read(answer("visits", "weekly", "satisfaction", 6))))
                .containsExactly("answers.satisfaction survey.error.rating");
        assertThat(problems(() -> questionnaire.read(answer("visits", "weekly", "satisfaction", 0))))
                .containsExactly("answers.satisfaction survey.error.rating");
        assertThat(problems(() -> questionnaire.read(required("staff", 11)))).containsExactly("answers.staff survey.error.rating");
        assertThat(problems(() -> questionnaire.read(required("staff", 4.5)))).containsExactly("answers.staff survey.error.rating");
    }

    @Test
    void unknownQuestionsAndOptionsAreNamed() {
        assertThat(problems(() -> questionnaire.read(required("colour", "red"))))
                .containsExactly("answers.colour survey.error.unknownQuestion");
        assertThat(problems(() -> questionnaire.read(answer("visits", "daily", "satisfaction", 3))))
                .containsExactly("answers.visits survey.error.unknownOption");
        assertThat(problems(() -> questionnaire.read(required("topics", List.of("books", "films")))))
                .containsExactly("answers.topics survey.error.unknownOption");
    }

    @Test
    void requiredQuestionsMustBeAnswered() {
        assertThat(problems(() -> questionnaire.read(answer("staff", 7))))
                .containsExactly("answers.visits error.required", "answers.satisfaction error.required");
        assertThat(problems(() -> questionnaire.read(answer("visits", "", "satisfaction", 3))))
                .as("an empty choice is not an answer").containsExactly("answers.visits survey.error.oneOption");
        assertThat(problems(() -> questionnaire.read(answer("visits", null, "satisfaction", 3))))
                .containsExactly("answers.visits error.required");
    }

    @Test
    void textsAreCleanedAndKeptWithinTheirLengths() {
        String longest = "я".repeat(Questionnaire.LONG_TEXT);
        assertThat(questionnaire.read(required("wishes", longest)).values().get("wishes").getFirst()).hasSize(Questionnaire.LONG_TEXT);
        assertThat(problems(() -> questionnaire.read(required("wishes", longest + "я"))))
                .containsExactly("answers.wishes error.tooLong");
        assertThat(problems(() -> questionnaire.read(required("name", "я".repeat(Questionnaire.SHORT_TEXT + 1)))))
                .containsExactly("answers.name error.tooLong");
        assertThat(questionnaire.read(required("name", "a\u0000b")).values().get("name")).containsExactly("ab");
        assertThat(questionnaire.read(required("name", "   ")).values()).as("a blank text is no answer").doesNotContainKey("name");
    }

    @Test
    void anAnswerThatSaysNothingIsRefused() {
        Questionnaire optional = new Questionnaire(List.of(
                new Question("wishes", QuestionKind.LONG, false, null, t("Какво?", "What?"), null)));
        assertThat(problems(() -> optional.read(Map.of()))).containsExactly("answers survey.error.empty");
        assertThat(problems(() -> optional.read(null))).containsExactly("answers survey.error.empty");
        assertThat(problems(() -> optional.read(Map.of("wishes", " ")))).containsExactly("answers survey.error.empty");
    }

    @Test
    void severalChoicesCollapseDuplicatesAndAnEmptyListIsNoAnswer() {
        assertThat(questionnaire.read(required("topics", List.of("books", "events", "books"))).values().get("topics"))
                .containsExactly("books", "events");
        assertThat(questionnaire.read(required("topics", List.of())).values()).doesNotContainKey("topics");
    }

    @Test
    void questionsHaveTheirShape() {
        Translated wording = t("Въпрос", "Question");
        assertThat(new Question("q1", QuestionKind.RATING, true, null, wording, null).scale()).as("a rating is 1–5 by default").isEqualTo(5);
        assertThat(new Question("q1", QuestionKind.SHORT, true, 10, wording, List.of()).scale()).as("only ratings have a scale").isNull();
        assertThat(problems(() -> new Question("q1", QuestionKind.RATING, true, 7, wording, null))).containsExactly("scale survey.error.scale");
        assertThat(problems(() -> new Question("q1", QuestionKind.SINGLE, true, null, wording,
                List.of(new Choice("a", wording))))).containsExactly("options survey.error.options");
        List<Choice> many = new ArrayList<>();
        for (int i = 0; i <= Question.MAX_OPTIONS; i++) {
            many.add(new Choice("o" + i, wording));
        }
        assertThat(problems(() -> new Question("q1", QuestionKind.SEVERAL, true, null, wording, many)))
                .containsExactly("options survey.error.options");
        assertThat(problems(() -> new Question("q1", QuestionKind.SINGLE, true, null, wording,
                List.of(new Choice("a", wording), new Choice("a", wording))))).containsExactly("options[1].id survey.error.duplicateId");
        assertThat(problems(() -> new Question("1q", QuestionKind.SHORT, true, null, wording, null))).containsExactly("id survey.error.id");
        assertThat(problems(() -> new Choice("a-b", wording))).containsExactly("id survey.error.id");
        assertThat(problems(() -> new Question("q1", null, true, null, wording, null))).containsExactly("kind error.required");
        assertThat(problems(() -> new Translated("да", " ", "yes"))).containsExactly("ru error.required");
    }

    @Test
    void aQuestionnaireHasOneToSixtyQuestionsWithDistinctIds() {
        Question q = new Question("q1", QuestionKind.YESNO, false, null, t("Да?", "Yes?"), null);
        assertThat(problems(() -> new Questionnaire(List.of()))).containsExactly("questions survey.error.questions");
        assertThat(problems(() -> new Questionnaire(List.of(q, q)))).containsExactly("questions[1].id survey.error.duplicateId");
        List<Question> many = new ArrayList<>();
        for (int i = 1; i <= Questionnaire.MAX_QUESTIONS + 1; i++) {
            many.add(new Question("q" + i, QuestionKind.YESNO, false, null, t("Да?", "Yes?"), null));
        }
        assertThat(problems(() -> new Questionnaire(many))).containsExactly("questions survey.error.questions");
        assertThat(new Questionnaire(many.subList(0, Questionnaire.MAX_QUESTIONS)).questions()).hasSize(Questionnaire.MAX_QUESTIONS);
    }

    @Test
    void wordingAndOrderMayChangeUnderAnswersButNotWhatTheAnswersMean() {
        List<Question> reordered = new ArrayList<>(questionnaire.questions().reversed());
        Question visits = questionnaire.question("visits").orElseThrow();
        reordered.set(reordered.indexOf(visits), new Question("visits", QuestionKind.SINGLE, false, null, t("Нов текст", "New wording"),
                visits.options()));
        reordered.add(new Question("extra", QuestionKind.YESNO, false, null, t("Още?", "More?"), null));
        assertThat(questionnaire.keepsAnswersOf(new Questionnaire(reordered))).isTrue();

        List<Question> rescaled = new ArrayList<>(questionnaire.questions());
        rescaled.set(1, new Question("satisfaction", QuestionKind.RATING, true, 10, t("Доволни ли сте?", "Satisfied?"), null));
        assertThat(questionnaire.keepsAnswersOf(new Questionnaire(rescaled))).isFalse();
        assertThat(questionnaire.keepsAnswersOf(new Questionnaire(questionnaire.questions().subList(1, 7))))
                .as("a question dropped").isFalse();
    }

    @Test
    void theJsonShapeReadsBackAndTheDefaultReaderSurveyIsValid() {
        String json = Json.MAPPER.writeValueAsString(questionnaire);
        assertThat(json).contains("\"kind\":\"several\"").doesNotContain("\"scale\":null");
        assertThat(Json.MAPPER.readValue(json, Questionnaire.class)).isEqualTo(questionnaire);
        Questionnaire reader = DefaultQuestionnaire.readerSurvey();
        assertThat(reader.questions()).isNotEmpty();
        assertThat(reader.questions()).allSatisfy(q -> assertThat(q.labels().bg()).isNotBlank());
    }
}
