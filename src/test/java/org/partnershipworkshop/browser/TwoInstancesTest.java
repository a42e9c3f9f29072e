package org.partnershipworkshop.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.canvas.CanvasEdit;
import org.partnershipworkshop.canvas.CanvasService;
import org.partnershipworkshop.canvas.Note;
import org.partnershipworkshop.interchange.InterchangeService;
import org.partnershipworkshop.live.JoinService;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.security.AccountService;
import org.partnershipworkshop.support.AppProcess;
import org.partnershipworkshop.support.Browser;
import org.partnershipworkshop.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two instances on one PostgreSQL: a save on this instance (A) reaches a projector connected to the other
 * (B), through LISTEN/NOTIFY. Runs in the postgres-tests profile only (the embedded database has one instance).
 */
@IntegrationTest
@Tag("browser")
@Tag("process")
@Tag("postgres")
@EnabledIfSystemProperty(named = "spring.profiles.active", matches = "postgres")
class TwoInstancesTest {

    @LocalServerPort
    int port;
    @Autowired
    InterchangeService interchange;
    @Autowired
    MeetingService meetings;
    @Autowired
    CanvasService canvases;
    @Autowired
    AccountService accounts;
    @Autowired
    JoinService joining;

    @Test
    void aSaveOnOneInstanceReachesTheProjectorOfTheOther(@TempDir Path folder) {
        TestData.ensureAccounts(accounts);
        MeetingDetails meeting = TestData.importExample(interchange, meetings);
        long group = meeting.groups().stream().filter(g -> g.number() == 2).findFirst().orElseThrow().id();
        SystemTask.run(() -> joining.joinInfo(meeting.id()));
        Map<String, String> sameDatabase = Map.of(
                "SPRING_PROFILES_ACTIVE", "postgres",
                "SPRING_DATASOURCE_URL", System.getProperty("workshop.test.datasource-url"),
                "SPRING_DATASOURCE_USERNAME", System.getProperty("workshop.test.datasource-username", "workshop"),
                "WORKSHOP_DEMO", "false");
        try (AppProcess other = new AppProcess(folder.resolve("b"), sameDatabase).start();
             Browser browser = new Browser(other.port())) {
            Page projector = browser.page("bg-BG");
            projector.setViewportSize(1920, 1080);
            browser.login(projector, "facilitator", TestData.PASSWORD);
            projector.navigate(browser.url("/meetings/" + meeting.id() + "/present"));
            assertThat(projector.locator(".table-tile")).hasCount(9);

            // Every save must arrive; how fast is printed for docs/PERFORMANCE.md (the goal is within 1 s).
            java.util.List<Long> millis = new java.util.ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String text = "Записано на първия сървър №" + i + " " + System.nanoTime();
                long revision = SystemTask.run(() -> canvases.current(group)).revision();
                long saved = System.nanoTime();
                SystemTask.run(() -> canvases.apply(group, revision, new CanvasEdit.Add("goal", new Note(text))));
                assertThat(projector.locator(".table-tile[data-table='2'] .tile-latest"))
                        .containsText(text, new LocatorAssertions.ContainsTextOptions().setTimeout(5_000));
                millis.add((System.nanoTime() - saved) / 1_000_000);
                // A table saves every few seconds at most; back-to-back saves would measure the projector's
                // limit of four redraws a second (decision 0023) instead of the way between the instances.
                projector.waitForTimeout(300);
            }
            java.util.Collections.sort(millis);

            // B's partner network, already built, learns of a partner added on A.
            String admin = org.partnershipworkshop.support.Api.basic("facilitator", TestData.PASSWORD);
            assertThat(other.api().get("/api/network/partners?sort=degree&limit=5000", admin).status()).isEqualTo(200);
            String partner = "Партньор от първия сървър " + System.nanoTime();
            long current = SystemTask.run(() -> canvases.current(group)).revision();
            SystemTask.run(() -> canvases.apply(group, current, new CanvasEdit.Add("partners",
                    new org.partnershipworkshop.canvas.PartnerEntry(partner, null, null))));
            boolean seen = false;
            for (int i = 0; i < 50 && !seen; i++) {
                seen = other.api().get("/api/network/partners?sort=degree&limit=5000", admin).body().contains(partner);
                if (!seen) {
                    projector.waitForTimeout(100);
                }
            }
            org.assertj.core.api.Assertions.assertThat(seen).as("the partner added on A is in B's network").isTrue();
            System.out.printf("save on instance A visible on B's projector: median %d ms, p95 %d ms, max %d ms (20 saves)%n",
                    millis.get(10), millis.get(18), millis.get(19));
        }
    }
}
