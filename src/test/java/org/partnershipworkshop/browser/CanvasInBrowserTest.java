package org.partnershipworkshop.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.interchange.InterchangeService;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.security.AccountService;
import org.partnershipworkshop.support.Browser;
import org.partnershipworkshop.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A facilitator signs in, opens group 2's canvas, adds a note with Enter and finds it after a reload. */
@IntegrationTest
@Tag("browser")
class CanvasInBrowserTest {

    static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    InterchangeService interchange;
    @Autowired
    MeetingService meetings;
    @Autowired
    AccountService accounts;

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void signingInGivesANewSessionId() {
        if (browser == null) {
            browser = new Browser(port);
        }
        TestData.ensureAccounts(accounts);
        Page page = browser.page("bg-BG");
        page.navigate(browser.url("/login"));
        String before = sessionId(page);
        browser.login(page, "facilitator", TestData.PASSWORD);
        org.assertj.core.api.Assertions.assertThat(sessionId(page)).isNotNull().isNotEqualTo(before);
    }

    @Test
    void aGroupFillsItsCanvasWithTheKeyboardAlone() {
        TestData.ensureAccounts(accounts);
        long groupId = TestData.importExample(interchange, meetings).groups().stream()
                .filter(g -> g.number() == 9).findFirst().orElseThrow().id();
        if (browser == null) {
            browser = new Browser(port);
        }
        Page page = browser.page("bg-BG");
        browser.login(page, "facilitator", TestData.PASSWORD);
        page.navigate(browser.url("/groups/" + groupId));
        assertThat(page.locator("h1")).containsText("Група 9");
        // From the top of the page, Tab alone reaches the "needs" field's new-note box.
        page.locator("body").focus();
        boolean reached = false;
        for (int i = 0; i < 80 && !reached; i++) {
            page.keyboard().press("Tab");
            reached = Boolean.TRUE.equals(page.evaluate(
                    "() => !!document.activeElement && !!document.activeElement.closest('[data-field=needs] .add-row')"));
        }
        org.assertj.core.api.Assertions.assertThat(reached).as("Tab reaches the new-note box of Needs").isTrue();
        page.keyboard().type("Място за срещи след работа");
        page.keyboard().press("Enter");
        page.keyboard().type("Достъп до интернет");
        page.keyboard().press("Enter");
        Locator notes = page.locator("[data-field=needs] .field-entries textarea");
        assertThat(notes).hasCount(2);
        assertThat(notes.nth(1)).hasValue("Достъп до интернет");
        // Alt+↑ moves the focused note up.
        notes.nth(1).focus();
        page.keyboard().press("Alt+ArrowUp");
        assertThat(notes.nth(0)).hasValue("Достъп до интернет");
        assertThat(notes.nth(1)).hasValue("Място за срещи след работа");
    }

    private static String sessionId(Page page) {
        return page.context().cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value)
                .findFirst().orElse(null);
    }

    @Test
    void theInterfaceLanguageIsChosenOnceAndRemembered() {
        if (browser == null) {
            browser = new Browser(port);
        }
        Page page = browser.page("en-GB");
        page.navigate(browser.url("/login"));
        assertThat(page.locator("h1")).hasText("Partnership Workshop");
        page.locator("vaadin-select.language-switch").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Русский")).click();
        assertThat(page.locator("h1")).hasText("Партнёрская мастерская");
        page.navigate(browser.url("/login"));
        assertThat(page.locator("h1")).hasText("Партнёрская мастерская");
    }

    @Test
    void aNoteTypedAtTheTableSurvivesAReload() {
        TestData.ensureAccounts(accounts);
        long groupId = TestData.importExample(interchange, meetings).groups().stream()
                .filter(g -> g.number() == 2).findFirst().orElseThrow().id();
        if (browser == null) {
            browser = new Browser(port);
        }
        Page page = browser.page("bg-BG");
        browser.login(page, "facilitator", TestData.PASSWORD);
        page.navigate(browser.url("/groups/" + groupId));
        assertThat(page.locator("h1")).containsText("Група 2: Ученици");

        Locator adder = page.locator("[data-field=goal] .add-row textarea");
        adder.fill("Всяко дете идва поне веднъж седмично");
        adder.press("Enter");
        Locator goals = page.locator("[data-field=goal] .field-entries textarea");
        assertThat(goals).hasCount(1);
        assertThat(goals.first()).hasValue("Всяко дете идва поне веднъж седмично");
        assertThat(page.locator(".save-status")).hasText(Pattern.compile("Запазено · версия 2.*"));

        page.reload();
        assertThat(page.locator("[data-field=goal] .field-entries textarea").first())
                .hasValue("Всяко дете идва поне веднъж седмично");
        assertThat(page.locator("[data-field=goal] .add-row textarea")).hasValue("");
    }
}
