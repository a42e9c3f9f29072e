package org.partnershipworkshop.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.interchange.InterchangeService;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.security.AccountService;
import org.partnershipworkshop.support.Browser;
import org.partnershipworkshop.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The projector's keys in Chromium at 1920×1080: J shows the join screen, Escape the tables, V the votes — also
 * after the facilitator clicked "Next phase" up to Closed, which disables the focused button (room, item 6).
 */
@IntegrationTest
@Tag("browser")
class ProjectorKeysInBrowserTest {

    static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    InterchangeService interchange;
    @Autowired
    MeetingService meetings;

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theKeysWorkWhateverWasClickedLast() {
        TestData.ensureAccounts(accounts);
        MeetingDetails meeting = TestData.importExample(interchange, meetings);
        browser = new Browser(port);
        Page projector = browser.page("en-GB");
        projector.setViewportSize(1920, 1080);
        browser.login(projector, "facilitator", TestData.PASSWORD);
        projector.navigate(browser.url("/meetings/" + meeting.id() + "/present"));
        assertThat(projector.locator(".table-tile")).hasCount(9);
        var stage = projector.locator(".present-stage");
        projector.keyboard().press("j");
        assertThat(stage).hasAttribute("data-stage", "JOIN");
        projector.keyboard().press("Escape");
        assertThat(stage).hasAttribute("data-stage", "GALLERY");

        // to the last phase with the mouse: the button clicked last is disabled now, and keeps the focus
        projector.mouse().move(960, 1000);
        var next = projector.locator(".control-bar vaadin-button[aria-label='Next phase']");
        for (int i = 0; i < 4; i++) {
            next.click();
        }
        assertThat(projector.locator(".phase-select")).containsText("Closed");
        assertThat(next).hasAttribute("disabled", "");
        projector.keyboard().press("j");
        assertThat(stage).hasAttribute("data-stage", "JOIN");
        projector.keyboard().press("v");
        assertThat(stage).hasAttribute("data-stage", "VOTES");
        projector.keyboard().press("Escape");
        assertThat(stage).hasAttribute("data-stage", "GALLERY");
        Browser.shot(projector, "projector-keys-closed-en-1920");
    }
}
