package org.partnershipworkshop.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
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
 * The room in two real browsers: the facilitator's projector and a table's laptop that joins with the code
 * from the projector. A note typed at the table appears on the projector without a reload.
 */
@IntegrationTest
@Tag("browser")
class LiveInBrowserTest {

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

    private static String sessionId(Page page) {
        return page.context().cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value)
                .findFirst().orElse(null);
    }

    @Test
    void aNoteTypedAtTheTableAppearsOnTheProjector() {
        TestData.ensureAccounts(accounts);
        MeetingDetails meeting = TestData.importExample(interchange, meetings);
        if (browser == null) {
            browser = new Browser(port);
        }
        Page projector = browser.page("bg-BG");
        projector.setViewportSize(1920, 1080);
        browser.login(projector, "facilitator", TestData.PASSWORD);
        projector.navigate(browser.url("/meetings/" + meeting.id() + "/present"));
        assertThat(projector.locator(".table-tile")).hasCount(9);
        String code = projector.locator(".control-bar").getAttribute("data-code");
        assertThat(code).matches("[A-Z2-9]{8}");

        Page table = browser.page("bg-BG");
        table.navigate(browser.url("/join"));
        String before = sessionId(table);
        table.locator(".join-code input").fill(code.substring(0, 4).toLowerCase() + " " + code.substring(4));
        table.locator(".join-next").click();
        table.locator(".join-table[data-table='2']").click();
        table.waitForURL(Pattern.compile(".*/groups/\\d+"));
        assertThat(table.locator("h1")).containsText("Група 2");
        assertThat(sessionId(table)).as("joining changes the session id").isNotNull().isNotEqualTo(before);
        assertThat(projector.locator(".table-tile[data-table='2']")).hasAttribute("data-laptops", "1");

        Locator adder = table.locator("[data-field=goal] .add-row textarea");
        adder.fill("Всяко дете идва поне веднъж седмично");
        adder.press("Enter");
        assertThat(table.locator(".save-status")).hasText(Pattern.compile("Запазено · версия 2.*"));
        assertThat(projector.locator(".table-tile[data-table='2'] .tile-latest"))
                .containsText("Всяко дете идва поне веднъж седмично");

        // the table may not open another table's canvas: it lands back on its own
        long three = meeting.groups().stream().filter(g -> g.number() == 3).findFirst().orElseThrow().id();
        table.navigate(browser.url("/groups/" + three));
        assertThat(table.locator("h1")).containsText("Група 2");

        table.locator(".leave-button").click();
        table.locator("vaadin-confirm-dialog-overlay vaadin-button[theme~='primary'], vaadin-confirm-dialog vaadin-button[slot='confirm-button']")
                .first().click();
        table.waitForURL(Pattern.compile(".*/join\\?left=2"));
        assertThat(table.locator(".join-notice")).containsText("маса 2");
        assertThat(projector.locator(".table-tile[data-table='2']")).hasAttribute("data-laptops", "0");
        table.navigate(browser.url("/groups/" + three));
        table.waitForURL(Pattern.compile(".*/login.*"));
    }
}
