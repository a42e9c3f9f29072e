package org.partnershipworkshop.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipworkshop.survey.Surveys.asFacilitator;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.security.AccountService;
import org.partnershipworkshop.survey.SurveyOwner;
import org.partnershipworkshop.survey.SurveyResults;
import org.partnershipworkshop.survey.SurveyService;
import org.partnershipworkshop.survey.Surveys;
import org.partnershipworkshop.support.Browser;
import org.partnershipworkshop.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A reader survey end to end in real browsers: a reader on a phone (390×844, no account) opens a library's
 * link, is shown the problems at their questions, answers, sees the thank-you panel in view, and finds the answer
 * again after a reload; a library's kiosk laptop (1366×768, {@code ?kiosk=1}) takes two people's answers with
 * "Next person"; the results panel and the questionnaire editor at 1366×768 and on the projector (1920×1080).
 */
@IntegrationTest
@Tag("browser")
class SurveyInBrowserTest {

    static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    SurveyService surveys;
    @Autowired
    AccountService accounts;

    SurveyOwner owner;
    String code;

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void createSurvey() {
        owner = Surveys.owner();
        code = asFacilitator(() -> surveys.create(owner, Surveys.spec("Читателите за библиотеките",
                List.of(Surveys.SMOLYAN, Surveys.CHEPELARE, Surveys.SMOLYAN_BRANCH)))).code().value();
        if (browser == null) {
            browser = new Browser(port);
        }
    }

    private static Locator question(Page page, String id) {
        return page.locator(".survey-question[data-question='" + id + "']");
    }

    private static void assertInViewport(Page page, Locator element) {
        BoundingBox box = element.boundingBox();
        var viewport = page.viewportSize();
        assertThat(box).as("the element is shown").isNotNull();
        assertThat(box.y).as("top of the panel in view").isBetween(0.0, (double) viewport.height);
        assertThat(box.y + box.height).as("bottom of the panel in view").isLessThanOrEqualTo(viewport.height);
        assertThat(box.x).isGreaterThanOrEqualTo(0.0);
        assertThat(box.x + box.width).isLessThanOrEqualTo(viewport.width);
    }

    private static void answer(Page page, String visits, int satisfaction) {
        question(page, "visits").locator("vaadin-radio-button", new Locator.LocatorOptions().setHasText(visits)).click();
        question(page, "satisfaction").locator(".scale-mark[data-value='" + satisfaction + "']").click();
    }

    @Test
    void aReaderOnAPhoneAnswersAndFindsTheAnswerAgain() {
        Page phone = browser.page("bg-BG");
        phone.setViewportSize(390, 844);
        phone.navigate(browser.url("/survey/" + code + "/101"));
        phone.locator(".survey-title").waitFor(new Locator.WaitForOptions().setTimeout(90_000));
        assertThat(phone.locator(".survey-title")).hasText("Читателите за библиотеките");
        assertThat(phone.locator(".survey-library")).containsText(Surveys.SMOLYAN.name());
        assertThat(phone.locator(".survey-question")).hasCount(7);
        assertThat(phone.locator(".survey-question.required")).hasCount(2);
        assertThat(question(phone, "staff").locator(".scale-mark")).hasCount(10);
        assertThat((Boolean) phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no sideways scrolling on a phone").isTrue();
        Browser.shot(phone, "survey-phone-form");

        // sending too early: each problem at its question, in Bulgarian
        phone.locator(".survey-send").click();
        assertThat(question(phone, "visits").locator(".survey-question-error")).isVisible();
        assertThat(question(phone, "satisfaction").locator(".survey-question-error")).isVisible();
        assertThat(question(phone, "staff").locator(".survey-question-error")).isHidden();
        assertThat(phone.locator(".survey-status")).containsText("отбелязаните въпроси");
        Browser.shot(phone, "survey-phone-problems");

        answer(phone, "Всяка седмица", 4);
        question(phone, "satisfaction").locator(".scale-mark[data-value='4']").press("ArrowRight");
        assertThat(question(phone, "satisfaction").locator(".scale-mark.chosen")).hasAttribute("data-value", "5");
        assertThat(question(phone, "satisfaction").locator(".scale-mark[data-value='5']")).isFocused();
        question(phone, "again").locator("vaadin-radio-button", new Locator.LocatorOptions().setHasText("Да")).click();
        question(phone, "topics").locator("vaadin-checkbox", new Locator.LocatorOptions().setHasText("Книги")).click();
        question(phone, "wishes").locator("textarea").fill("Повече детски книги и кръжок по шах.");
        assertThat(question(phone, "wishes").locator("vaadin-text-area")).containsText("36 / 2000");
        phone.locator(".survey-send").click();

        Locator thanks = phone.locator(".survey-thanks");
        assertThat(thanks).isVisible();
        assertThat(thanks.locator("h2")).hasText("Благодарим ви!");
        phone.waitForTimeout(600);
        assertInViewport(phone, thanks);
        assertThat(question(phone, "visits")).isHidden();
        Browser.shot(phone, "survey-phone-thanks");

        phone.reload();
        phone.locator(".survey-status").waitFor();
        assertThat(phone.locator(".survey-status")).containsText("вече сте отговорили");
        assertThat(question(phone, "satisfaction").locator(".scale-mark.chosen")).hasAttribute("data-value", "5");
        assertThat(question(phone, "visits").locator("vaadin-radio-button[checked]")).hasText("Всяка седмица");
        assertThat(question(phone, "wishes").locator("textarea")).hasValue("Повече детски книги и кръжок по шах.");
        assertThat(phone.locator(".survey-send")).hasText("Изпрати отново");
        Browser.shot(phone, "survey-phone-earlier");
        assertThat(asFacilitator(() -> surveys.results(owner)).answers()).isEqualTo(1);
    }

    @Test
    void aKioskTakesTwoPeoplesAnswersWithNextPerson() {
        Page kiosk = browser.page("ru-RU");
        kiosk.navigate(browser.url("/survey/" + code + "/102?kiosk=1"));
        kiosk.locator(".survey-title").waitFor(new Locator.WaitForOptions().setTimeout(90_000));
        assertThat(kiosk.locator(".survey-library")).containsText(Surveys.CHEPELARE.name());
        // the survey's language, not the browser's
        assertThat(kiosk.locator(".survey-send")).hasText("Изпрати");
        kiosk.locator(".survey-top .language-switch").click();
        kiosk.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Русский")).click();
        // the reader's choice
        assertThat(kiosk.locator(".survey-send")).hasText("Отправить");
        assertThat(question(kiosk, "visits").locator("h2")).containsText("(ru)");
        Browser.shot(kiosk, "survey-kiosk-form");

        answer(kiosk, "Всяка седмица (ru)", 5);
        kiosk.locator(".survey-send").click();
        assertThat(kiosk.locator(".survey-thanks")).isVisible();
        assertInViewport(kiosk, kiosk.locator(".survey-next-person"));
        Browser.shot(kiosk, "survey-kiosk-thanks");
        kiosk.locator(".survey-next-person").click();

        assertThat(kiosk.locator(".survey-thanks")).isHidden();
        assertThat(kiosk.locator(".scale-mark.chosen")).hasCount(0);
        assertThat(question(kiosk, "visits").locator("vaadin-radio-button[checked]")).hasCount(0);
        assertThat(kiosk.locator(".survey-status")).containsText("следующего человека");
        answer(kiosk, "По-рядко (ru)", 3);
        kiosk.locator(".survey-send").click();
        assertThat(kiosk.locator(".survey-thanks")).isVisible();
        assertThat(kiosk.locator(".survey-thanks")).not().containsText("обновлён");

        SurveyResults results = asFacilitator(() -> surveys.results(owner));
        assertThat(results.answers()).as("each person counted once").isEqualTo(2);
        assertThat(results.byChannel()).filteredOn(c -> c.channel() == 102).singleElement()
                .satisfies(c -> assertThat(c.answers()).isEqualTo(2));
        assertThat(results.question("satisfaction").orElseThrow().average()).isEqualTo(4.0);

        // the kiosk's page, opened again, never shows the last person's answer
        kiosk.reload();
        kiosk.locator(".survey-title").waitFor();
        assertThat(kiosk.locator(".scale-mark.chosen")).hasCount(0);
    }

    @Test
    void theResultsAndTheEditorReadWellOnALaptopAndTheProjector() {
        TestData.ensureAccounts(accounts);
        Page reader = browser.page("bg-BG");
        reader.navigate(browser.url("/survey/" + code + "/103"));
        reader.locator(".survey-title").waitFor(new Locator.WaitForOptions().setTimeout(90_000));
        answer(reader, "Всеки месец", 2);
        question(reader, "wishes").locator("textarea").fill("По-дълго работно време в събота.");
        reader.locator(".survey-send").click();
        assertThat(reader.locator(".survey-thanks")).isVisible();

        Page owner = browser.page("bg-BG");
        browser.login(owner, "manager", TestData.PASSWORD);
        owner.navigate(browser.url("/test/survey-screens/" + this.owner.id()));
        Locator panel = owner.locator(".survey-results");
        assertThat(panel).hasAttribute("data-answers", "1");
        assertThat(owner.locator(".survey-result[data-question='visits'] .survey-bar[data-value='monthly']"))
                .hasAttribute("data-count", "1");
        assertThat(owner.locator(".survey-result[data-question='satisfaction'] .survey-result-average")).containsText("2,0");
        assertThat(owner.locator(".survey-result[data-question='wishes'] .survey-text-library")).hasText(Surveys.SMOLYAN_BRANCH.name());
        assertThat(owner.locator(".survey-by-group")).containsText("Смолян");
        Browser.shot(owner, "survey-results-laptop");
        owner.setViewportSize(1920, 1080);
        Browser.shot(owner, "survey-results-projector");

        owner.setViewportSize(1366, 768);
        Locator editor = owner.locator(".questionnaire-editor");
        editor.scrollIntoViewIfNeeded();
        assertThat(editor.locator("vaadin-grid")).containsText("Колко често идвате?");
        editor.locator(".questionnaire-add").click();
        Locator dialog = owner.locator("vaadin-dialog.question-dialog");
        dialog.locator(".question-label-bg input").fill("Нов въпрос");
        dialog.locator(".dialog-save").click();
        assertThat(dialog.locator(".question-label-ru")).hasAttribute("invalid", "");
        assertThat(dialog.locator(".question-option")).hasCount(2);
        Browser.shot(owner, "survey-editor-dialog");
        dialog.locator(".question-label-ru input").fill("Новый вопрос");
        dialog.locator(".question-label-en input").fill("A new question");
        List<String> options = List.of("Първо", "Второ");
        for (int i = 0; i < options.size(); i++) {
            Locator row = dialog.locator(".question-option").nth(i);
            row.locator("vaadin-text-field").nth(0).locator("input").fill(options.get(i));
            row.locator("vaadin-text-field").nth(1).locator("input").fill(options.get(i) + " ru");
            row.locator("vaadin-text-field").nth(2).locator("input").fill(options.get(i) + " en");
        }
        dialog.locator(".dialog-save").click();
        assertThat(dialog).hasCount(0);
        assertThat(editor.locator("vaadin-grid")).containsText("Нов въпрос");
        editor.locator(".questionnaire-save").click();
        assertThat(owner.locator(".test-saved")).hasText("8");
        Browser.shot(owner, "survey-editor");
        assertThat(owner.locator(".questionnaire-problems")).isHidden();
        assertThat(Pattern.compile("q8").matcher(editor.innerText()).find()).as("ids are not shown").isFalse();
    }
}
