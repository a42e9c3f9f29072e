package org.partnershipworkshop.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.canvas.CanvasBroadcaster;
import org.partnershipworkshop.interchange.InterchangeService;
import org.partnershipworkshop.live.LiveBroadcaster;
import org.partnershipworkshop.live.LiveService;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.support.Browser;
import org.partnershipworkshop.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What an open table screen costs the server, and that closed ones leave nothing behind: tables join in
 * headless Chromium (one browser context each, so each is its own session), the heap is measured after
 * garbage collection before and with the screens open; then one browser opens and closes a table's canvas
 * 100 times and the broadcasters must be back to where they started. Run with
 * {@code ./mvnw -o verify -Pbenchmark -Dtest=LiveMemoryBenchmark}; figures in docs/PERFORMANCE.md.
 */
@IntegrationTest
@Tag("benchmark")
class LiveMemoryBenchmark {

    static final int TABLE_SCREENS = 20;
    static final int CYCLES = 100;

    @LocalServerPort
    int port;
    @Autowired
    InterchangeService interchange;
    @Autowired
    MeetingService meetings;
    @Autowired
    LiveService live;
    @Autowired
    CanvasBroadcaster canvasBroadcaster;
    @Autowired
    LiveBroadcaster liveBroadcaster;

    @Test
    void heapPerOpenTableScreenAndNoListenerLeft() throws IOException {
        MeetingDetails meeting = TestData.importExample(interchange, meetings);
        String code = SystemTask.run(() -> live.joinInfo(meeting.id())).code().value();
        StringBuilder report = new StringBuilder();
        try (Browser browser = new Browser(port)) {
            // warm up: classes loaded, caches filled, one table screen opened and closed
            Page warm = open(browser, code, 1);
            warm.context().close();
            awaitListeners(0, 0);

            long before = usedHeapAfterGc();
            int canvasBefore = canvasBroadcaster.listenerCount();
            int liveBefore = liveBroadcaster.listenerCount();
            List<BrowserContext> open = new ArrayList<>();
            for (int i = 0; i < TABLE_SCREENS; i++) {
                open.add(open(browser, code, 1 + i % 9).context());
            }
            assertThat(canvasBroadcaster.listenerCount()).isEqualTo(canvasBefore + TABLE_SCREENS);
            long with = usedHeapAfterGc();
            double perScreen = (with - before) / (double) TABLE_SCREENS / 1024;
            report.append("heap per open table screen (session + UI + editor), %d screens: %.0f KB%n"
                    .formatted(TABLE_SCREENS, perScreen));
            open.forEach(BrowserContext::close);
            awaitListeners(canvasBefore, liveBefore);
            long closed = usedHeapAfterGc();
            report.append("heap left after closing them (sessions live on until their timeout): %.0f KB per screen%n"
                    .formatted((closed - before) / (double) TABLE_SCREENS / 1024));

            Page page = open(browser, code, 2);
            long groupUrl = meeting.groups().get(1).id();
            int canvasSeated = canvasBroadcaster.listenerCount();
            for (int i = 0; i < CYCLES; i++) {
                Page screen = page.context().newPage();
                screen.navigate(browser.url("/groups/" + groupUrl));
                assertThat(screen.locator(".table-bar")).isVisible();
                screen.close();
            }
            awaitListeners(canvasSeated, liveBroadcaster.listenerCount() - 0);
            page.context().close();
            awaitListeners(canvasBefore, liveBefore);
            report.append("listeners after %d open/close cycles and closing the browser: canvas %d (before %d), live %d (before %d)%n"
                    .formatted(CYCLES, canvasBroadcaster.listenerCount(), canvasBefore, liveBroadcaster.listenerCount(),
                            liveBefore));
        }
        System.out.print(report);
        Path out = Path.of("target/benchmarks/live-memory.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private Page open(Browser browser, String code, int table) {
        Page page = browser.page("bg-BG");
        page.navigate(browser.url("/join?code=" + code));
        page.locator(".join-table[data-table='" + table + "']").click();
        page.waitForURL(Pattern.compile(".*/groups/\\d+"));
        assertThat(page.locator(".table-bar")).isVisible();
        return page;
    }

    /** Waits until closed screens have gone (a closed tab tells the server with a beacon). */
    private void awaitListeners(int canvas, int live) {
        long end = System.nanoTime() + 60_000_000_000L;
        while ((canvasBroadcaster.listenerCount() > canvas || liveBroadcaster.listenerCount() > live)
                && System.nanoTime() < end) {
            sleep(200);
        }
        assertThat(canvasBroadcaster.listenerCount()).as("canvas listeners").isLessThanOrEqualTo(canvas);
        assertThat(liveBroadcaster.listenerCount()).as("live listeners").isLessThanOrEqualTo(live);
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 5; i++) {
            System.gc();
            sleep(300);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
