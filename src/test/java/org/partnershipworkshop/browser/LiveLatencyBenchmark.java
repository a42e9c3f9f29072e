package org.partnershipworkshop.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.partnershipworkshop.live.Seating.as;
import static org.partnershipworkshop.live.Seating.seatAt;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.security.TableSeat;
import org.partnershipworkshop.canvas.CanvasEdit;
import org.partnershipworkshop.canvas.CanvasService;
import org.partnershipworkshop.canvas.Note;
import org.partnershipworkshop.interchange.InterchangeService;
import org.partnershipworkshop.live.JoinService;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.security.AccountService;
import org.partnershipworkshop.support.Browser;
import org.partnershipworkshop.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * From a table's save to the note being visible on the projector (headless Chromium at 1920×1080): the clock
 * starts just before {@code CanvasService.apply} and stops when a MutationObserver in the projector's page sees
 * the text in the table's tile. Both clocks are this machine's wall clock. Run with
 * {@code ./mvnw -o verify -Pbenchmark -Dtest=LiveLatencyBenchmark}; figures in docs/PERFORMANCE.md.
 */
@IntegrationTest
@Tag("benchmark")
class LiveLatencyBenchmark {

    static final int WARM_UP = 10;
    static final int SINGLE_SAVES = 100;
    /** A busy room: each of the 9 tables saves at random, on average every 5 s, for two minutes (≈ 1.8 saves/s). */
    static final double MEAN_SECONDS_BETWEEN_SAVES = 5;
    static final int BUSY_SECONDS = 120;
    static final int BURSTS = 10;

    private static final String OBSERVE = """
            () => {
              window.__seen = {};
              const stage = document.querySelector('.present-stage');
              new MutationObserver(() => {
                const now = performance.timeOrigin + performance.now();
                for (const tile of stage.querySelectorAll('.tile-latest')) {
                  const m = tile.textContent.match(/mark-\\d+-\\d+/g) || [];
                  for (const mark of m) { if (!(mark in window.__seen)) { window.__seen[mark] = now; } }
                }
              }).observe(stage, { subtree: true, childList: true, characterData: true });
            }""";

    @LocalServerPort
    int port;
    @Autowired
    InterchangeService interchange;
    @Autowired
    MeetingService meetings;
    @Autowired
    AccountService accounts;
    @Autowired
    CanvasService canvases;
    @Autowired
    JoinService joining;

    @Test
    void fromSaveToProjector() throws IOException {
        TestData.ensureAccounts(accounts);
        MeetingDetails meeting = TestData.importExample(interchange, meetings);
        SystemTask.run(() -> joining.joinInfo(meeting.id()));
        try (Browser browser = new Browser(port)) {
            Page projector = browser.page("bg-BG");
            projector.setViewportSize(1920, 1080);
            browser.login(projector, "facilitator", TestData.PASSWORD);
            projector.navigate(browser.url("/meetings/" + meeting.id() + "/present"));
            assertThat(projector.locator(".table-tile")).hasCount(9);
            projector.evaluate(OBSERVE);

            List<Double> single = new ArrayList<>();
            for (int i = 0; i < WARM_UP + SINGLE_SAVES; i++) {
                double latency = save(projector, seatAt(meeting, 1 + i % 9), "mark-0-" + i);
                if (i >= WARM_UP) {
                    single.add(latency);
                }
                pause(300);
            }
            List<Double> busy = busyRoom(projector, meeting);
            List<Double> burst = new ArrayList<>();
            for (int round = 1; round <= BURSTS; round++) {
                List<CompletableFuture<Double>> saves = new ArrayList<>();
                for (int table = 1; table <= 9; table++) {
                    TableSeat seat = seatAt(meeting, table);
                    String mark = "mark-" + round + "-" + table;
                    saves.add(CompletableFuture.supplyAsync(() -> saveOnly(seat, mark)));
                }
                for (int table = 1; table <= 9; table++) {
                    double started = saves.get(table - 1).join();
                    burst.add(seen(projector, "mark-" + round + "-" + table) - started);
                }
                pause(600);
            }
            String report = "single saves (one table at a time), n=" + single.size() + ": " + summary(single) + "\n"
                    + "busy room (9 tables saving at random, mean 5 s each), n=" + busy.size() + ": " + summary(busy) + "\n"
                    + "worst case (all 9 tables save at the same moment), n=" + burst.size() + ": " + summary(burst) + "\n";
            System.out.print(report);
            Path out = Path.of("target/benchmarks/live-latency.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
        }
    }

    /** Every table saves on its own random schedule; each save's latency is measured once the run is over. */
    private List<Double> busyRoom(Page projector, MeetingDetails meeting) {
        Random random = new Random(42);
        ScheduledExecutorService tables = Executors.newScheduledThreadPool(9);
        List<CompletableFuture<String>> pending = Collections.synchronizedList(new ArrayList<>());
        Map<String, Double> started = new ConcurrentHashMap<>();
        long end = System.nanoTime() + BUSY_SECONDS * 1_000_000_000L;
        for (int table = 1; table <= 9; table++) {
            TableSeat seat = seatAt(meeting, table);
            long at = 0;
            int n = 0;
            while (true) {
                at += (long) (-Math.log(1 - random.nextDouble()) * MEAN_SECONDS_BETWEEN_SAVES * 1000);
                if (at > BUSY_SECONDS * 1000L) {
                    break;
                }
                String mark = "mark-" + (100 + table) + "-" + n++;
                CompletableFuture<String> done = new CompletableFuture<>();
                pending.add(done);
                tables.schedule(() -> {
                    started.put(mark, saveOnly(seat, mark));
                    done.complete(mark);
                }, at, TimeUnit.MILLISECONDS);
            }
        }
        List<Double> latencies = new ArrayList<>();
        for (CompletableFuture<String> done : List.copyOf(pending)) {
            String mark = done.join();
            latencies.add(seen(projector, mark) - started.get(mark));
        }
        tables.shutdown();
        pause(Math.max(0, (end - System.nanoTime()) / 1_000_000));
        return latencies;
    }

    private double save(Page projector, TableSeat seat, String mark) {
        double started = saveOnly(seat, mark);
        return seen(projector, mark) - started;
    }

    /** Saves a note with the mark as the table; returns when the save started (epoch ms). */
    private double saveOnly(TableSeat seat, String mark) {
        long revision = as(seat, () -> canvases.current(seat.groupId())).revision();
        Instant start = Instant.now();
        as(seat, () -> canvases.apply(seat.groupId(), revision, new CanvasEdit.Add("results", new Note(mark))));
        return start.toEpochMilli() + (start.getNano() % 1_000_000) / 1e6;
    }

    /**
     * When the tile first showed this save: its mark, or a later save of the same table (a tile shows its table's
     * latest change; two saves within one redraw appear together, the later one on top).
     */
    private static double seen(Page projector, String mark) {
        String when = """
                mark => {
                  const [, table, n] = mark.split('-');
                  let first;
                  for (const [seen, at] of Object.entries(window.__seen)) {
                    const [, t, m] = seen.split('-');
                    if (t === table && +m >= +n && (first === undefined || at < first)) { first = at; }
                  }
                  return first;
                }""";
        projector.waitForFunction("mark => (" + when + ")(mark) !== undefined", mark);
        return ((Number) projector.evaluate(when, mark)).doubleValue();
    }

    static String summary(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return "p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms".formatted(percentile(sorted, 50),
                percentile(sorted, 95), percentile(sorted, 99), sorted.getLast());
    }

    static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
