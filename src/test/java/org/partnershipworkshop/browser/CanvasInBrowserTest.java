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
