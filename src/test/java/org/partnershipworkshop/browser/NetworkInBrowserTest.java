package org.partnershipworkshop.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
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

/**
 * A manager opens the network of the demo meeting: Cytoscape draws every partner and service, and a click on
 * "Местна власт" opens its side panel and highlights it.
 */
@IntegrationTest
@Tag("browser")
class NetworkInBrowserTest {

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
    void theDrawingShowsEveryNodeAndAClickOpensThePanel() {
        TestData.ensureAccounts(accounts);
        long meetingId = TestData.importExample(interchange, meetings).id();
        if (browser == null) {
            browser = new Browser(port);
        }
        Page page = browser.page("bg-BG");
        browser.login(page, "manager", TestData.PASSWORD);
        page.navigate(browser.url("/network?meeting=" + meetingId));

        page.waitForSelector("network-view[data-ready]");
        assertThat(page.locator("network-view canvas").first()).isVisible();
        Object drawn = page.evaluate("document.querySelector('network-view').nodeCount()");
        assertThat(((Number) drawn).intValue()).isEqualTo(37);

        @SuppressWarnings("unchecked")
        Map<String, Object> target = (Map<String, Object>) page.evaluate("""
                () => {
                  const view = document.querySelector('network-view');
                  const node = view.graph.nodes.find(n => n.label === 'Местна власт');
                  const at = view.nodePosition(node.id);
                  const box = view.getBoundingClientRect();
                  return {id: node.id, x: box.left + at.x, y: box.top + at.y};
                }""");
        page.mouse().click(((Number) target.get("x")).doubleValue(), ((Number) target.get("y")).doubleValue());

        assertThat(page.locator(".network-panel h3")).hasText("Местна власт");
        assertThat(page.locator(".network-panel")).containsText("Група 9: Пенсионери 60+");
        assertThat(page.evaluate("document.querySelector('network-view').selected")).isEqualTo(target.get("id"));
    }
}
