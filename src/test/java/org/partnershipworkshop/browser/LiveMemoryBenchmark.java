package org.partnershipworkshop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.canvas.DocumentBroadcaster;
import org.partnershipworkshop.interchange.InterchangeService;
import org.partnershipworkshop.live.LiveBroadcaster;
import org.partnershipworkshop.live.JoinService;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What an open table screen costs the server, and that closed ones leave nothing behind. Tables join in
 * headless Chromium driven from a separate process ({@link TableScreens}), one browser context each (its own
 * session); the server's heap is measured after garbage collection before and with the screens open. Then one
 * table opens and closes its canvas in a new tab 100 times, and the broadcasters must be back where they
 * started. Run with {@code ./mvnw -o verify -Pbenchmark -Dtest=LiveMemoryBenchmark}; figures in docs/PERFORMANCE.md.
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
    JoinService joining;
    @Autowired
    DocumentBroadcaster canvasBroadcaster;
    @Autowired
    LiveBroadcaster liveBroadcaster;

    @Test
    void heapPerOpenTableScreenAndNoListenerLeft() throws IOException {
        MeetingDetails meeting = TestData.importExample(interchange, meetings);
        String code = SystemTask.run(() -> joining.joinInfo(meeting.id())).code().value();
        StringBuilder report = new StringBuilder();
        // warm up: classes loaded, caches filled, table screens opened and closed
        try (TableScreens warm = TableScreens.open(port, code, 3)) {
            assertThat(canvasBroadcaster.listenerCount()).isEqualTo(3);
        }
        awaitListeners(0, 0);

        long before = usedHeapAfterGc();
        try (TableScreens screens = TableScreens.open(port, code, TABLE_SCREENS)) {
            assertThat(canvasBroadcaster.listenerCount()).isEqualTo(TABLE_SCREENS);
            assertThat(liveBroadcaster.listenerCount()).isEqualTo(TABLE_SCREENS);
            long open = usedHeapAfterGc();
            report.append("heap per open table screen (its session, UI with the canvas editor and the table bar, push "
                    + "connection), %d screens: %.0f KB%n".formatted(TABLE_SCREENS, (open - before) / 1024.0 / TABLE_SCREENS));
        }
        awaitListeners(0, 0);
        long closed = usedHeapAfterGc();
        report.append("heap left per screen after closing them (their HTTP sessions wait for their timeout): %.0f KB%n"
                .formatted((closed - before) / 1024.0 / TABLE_SCREENS));

        long groupId = meeting.groups().stream().filter(g -> g.number() == 2).findFirst().orElseThrow().id();
        try (TableScreens cycles = TableScreens.cycles(port, code, CYCLES, groupId)) {
            awaitListeners(1, 1);
            report.append("listeners after %d open/close cycles, the first tab still open: canvas %d, live %d%n"
                    .formatted(CYCLES, canvasBroadcaster.listenerCount(), liveBroadcaster.listenerCount()));
        }
        awaitListeners(0, 0);
        report.append("listeners once that tab is closed too: canvas %d, live %d%n"
                .formatted(canvasBroadcaster.listenerCount(), liveBroadcaster.listenerCount()));
        System.out.print(report);
        Path out = Path.of("target/benchmarks/live-memory.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /** Waits until closed screens have gone (a closed tab tells the server with a beacon), then checks. */
    private void awaitListeners(int canvas, int live) {
        long end = System.nanoTime() + 60_000_000_000L;
        while ((canvasBroadcaster.listenerCount() != canvas || liveBroadcaster.listenerCount() != live)
                && System.nanoTime() < end) {
            sleep(200);
        }
        assertThat(canvasBroadcaster.listenerCount()).as("canvas listeners").isEqualTo(canvas);
        assertThat(liveBroadcaster.listenerCount()).as("live listeners").isEqualTo(live);
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
