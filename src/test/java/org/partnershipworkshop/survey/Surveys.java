package org.partnershipworkshop.survey;

import java.util.List;
import java.util.function.Supplier;
import org.partnershipworkshop.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** A reader survey for the tests: three libraries in two municipalities, a question of every kind. */
public final class Surveys {

    public static final SurveyChannel SMOLYAN = new SurveyChannel(101, "Регионална библиотека Смолян", "Смолян");
    public static final SurveyChannel CHEPELARE = new SurveyChannel(102, "Читалище Чепеларе", "Чепеларе");
    public static final SurveyChannel SMOLYAN_BRANCH = new SurveyChannel(103, "Клон Устово", "Смолян");

    private Surveys() {
    }

    public static Translated t(String bg, String en) {
        return new Translated(bg, bg + " (ru)", en);
    }

    public static Questionnaire questionnaire() {
        return new Questionnaire(List.of(
                new Question("visits", QuestionKind.SINGLE, true, null, t("Колко често идвате?", "How often do you come?"),
                        List.of(new Choice("weekly", t("Всяка седмица", "Every week")),
                                new Choice("monthly", t("Всеки месец", "Every month")),
                                new Choice("rarely", t("По-рядко", "Less often")))),
                new Question("satisfaction", QuestionKind.RATING, true, 5, t("Доволни ли сте?", "Are you satisfied?"), null),
                new Question("staff", QuestionKind.RATING, false, 10, t("Персоналът", "The staff"), null),
                new Question("again", QuestionKind.YESNO, false, null, t("Ще дойдете ли пак?", "Will you come again?"), null),
                new Question("topics", QuestionKind.SEVERAL, false, null, t("Какво ползвате?", "What do you use?"),
                        List.of(new Choice("books", t("Книги", "Books")), new Choice("events", t("Събития", "Events")),
                                new Choice("internet", t("Интернет", "Internet")))),
                new Question("name", QuestionKind.SHORT, false, null, t("Любима книга", "A favourite book"), null),
                new Question("wishes", QuestionKind.LONG, false, null, t("Какво да има още?", "What else should there be?"), null)));
    }

    public static SurveySpec spec(String title, List<SurveyChannel> channels) {
        return new SurveySpec(title, org.partnershipworkshop.base.Language.BG, questionnaire(), null, channels);
    }

    /** A new owner (a network action of its own), so each test's survey is its own. */
    public static SurveyOwner owner() {
        return new SurveyOwner("action", System.nanoTime());
    }

    /** Runs the work as a facilitator's account on this thread. */
    public static <T> T asFacilitator(Supplier<T> work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("facilitator", null,
                AuthorityUtils.createAuthorityList(Role.FACILITATOR.authorities())));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
