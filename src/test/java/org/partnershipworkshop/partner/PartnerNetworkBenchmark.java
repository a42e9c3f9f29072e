package org.partnershipworkshop.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.base.Json;
import org.partnershipworkshop.canvas.PartnerEntry;
import org.partnershipworkshop.canvas.PartnerNames;
import org.partnershipworkshop.canvas.PartnerType;
import org.partnershipworkshop.partner.NetworkState.CanvasPart;
import org.partnershipworkshop.partner.NetworkState.GroupPart;
import org.partnershipworkshop.partner.NetworkState.MeetingPart;
import tools.jackson.databind.JsonNode;

/**
 * The partner network at national scale: 10 meetings of 150 tables (1,500 services) and 600 recurring
 * partners, most of them regional, some national, popular ones far more often. Measures the rebuild after a
 * change, betweenness (ours against JGraphT's and NetworkX's on the same graph, in one run), communities,
 * and checks that our betweenness ranking equals NetworkX's and is at least 20 times faster.
 * Run: {@code ./mvnw -o test -Pbenchmark -Dtest=PartnerNetworkBenchmark}; figures in docs/PERFORMANCE.md.
 */
@Tag("benchmark")
class PartnerNetworkBenchmark {

    static final int MEETINGS = 10;
    static final int SERVICES_PER_MEETING = 150;
    static final int PARTNERS = 600;
    static final int NATIONAL_PARTNERS = 120;
    static final Path PYTHON = Path.of("/usr/bin/python3");
    static final Path NETWORKX_SCRIPT = Path.of("docs/benchmarks/networkx-betweenness.py");

    record Generated(List<MeetingPart> meetings, Map<Long, CanvasPart> canvases, Registry registry) {
    }

    /** The generated national network, always the same (fixed seed). */
    static Generated generate() {
        Random random = new Random(2012);
        List<Registry.Entry> entries = new ArrayList<>();
        List<Registry.Name> names = new ArrayList<>();
        String[] partnerNames = new String[PARTNERS];
        PartnerType[] types = PartnerType.values();
        for (int p = 0; p < PARTNERS; p++) {
            partnerNames[p] = (p < NATIONAL_PARTNERS ? "Национален партньор " : "Партньор ") + (p + 1);
            entries.add(new Registry.Entry(p + 1, new PartnerDetails(partnerNames[p], types[p % types.length], null, null,
                    List.of()), null, 0));
            names.add(new Registry.Name(PartnerNames.normalize(partnerNames[p]), p + 1, partnerNames[p]));
        }
        // Regional partners belong to one region each; within a pool, the n-th is chosen ~1/n^0.9 as often.
        List<List<Integer>> regional = new ArrayList<>();
        for (int r = 0; r < MEETINGS; r++) {
            regional.add(new ArrayList<>());
        }
        for (int p = NATIONAL_PARTNERS; p < PARTNERS; p++) {
            regional.get(p % MEETINGS).add(p);
        }
        List<Integer> national = new ArrayList<>();
        for (int p = 0; p < NATIONAL_PARTNERS; p++) {
            national.add(p);
        }
        List<MeetingPart> meetings = new ArrayList<>();
        Map<Long, CanvasPart> canvases = new HashMap<>();
        long groupId = 1;
        for (int m = 0; m < MEETINGS; m++) {
            List<GroupPart> groups = new ArrayList<>();
            for (int g = 1; g <= SERVICES_PER_MEETING; g++, groupId++) {
                groups.add(new GroupPart(groupId, g, "Услуга " + g));
                Set<Integer> chosen = new LinkedHashSet<>();
                int wanted = 3 + random.nextInt(8);
                while (chosen.size() < wanted) {
                    List<Integer> pool = random.nextDouble() < 0.7 ? regional.get(m) : national;
                    chosen.add(pool.get(zipf(random, pool.size())));
                }
                List<PartnerEntry> partners = chosen.stream()
                        .map(p -> new PartnerEntry(partnerNames[p], null, random.nextInt(4) == 0 ? "роля" : null)).toList();
                canvases.put(groupId, new CanvasPart(groupId, "Целева група " + (g % 25), partners));
            }
            meetings.add(new MeetingPart(m + 1, "Регионална среща " + (m + 1), LocalDate.of(2012 + m, 5, 17),
                    List.of("Област " + (m + 1)), groups));
        }
        return new Generated(meetings, canvases, new Registry(entries, names, List.of()));
    }

    private static int zipf(Random random, int n) {
        double total = 0;
        for (int i = 1; i <= n; i++) {
            total += 1 / Math.pow(i, 0.9);
        }
        double x = random.nextDouble() * total;
        for (int i = 1; i <= n; i++) {
            x -= 1 / Math.pow(i, 0.9);
            if (x <= 0) {
                return i - 1;
            }
        }
        return n - 1;
    }

    /** Median seconds of {@code runs} runs (after one unmeasured run when {@code warm}). */
    private static double median(int runs, boolean warm, Runnable work) {
        if (warm) {
            work.run();
        }
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            work.run();
            seconds[i] = (System.nanoTime() - started) / 1e9;
        }
        Arrays.sort(seconds);
        return seconds[runs / 2];
    }

    private static <T> double once(Supplier<T> work) {
        long started = System.nanoTime();
        work.get();
        return (System.nanoTime() - started) / 1e9;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    /** Node ids from the most to the least between; scores equal to 12 decimals count as a tie, broken by id. */
    static List<String> ranking(Map<String, Double> scores) {
        return scores.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Double>>comparingLong(e -> -Math.round(e.getValue() * 1e12))
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).toList();
    }

    @Test
    void nationalNetworkBetweennessMatchesNetworkXAndIsAtLeast20TimesFaster() throws Exception {
        assertThat(Files.isExecutable(PYTHON)).as("Debian's python3 with python3-networkx (apt-get install python3-networkx)")
                .isTrue();
        Generated data = generate();
        double rebuild = median(5, true, () -> NetworkState.build(data.meetings(), data.canvases(), data.registry()));
        PartnerNetwork network = NetworkState.build(data.meetings(), data.canvases(), data.registry()).network();
        int partners = network.partners().size();
        int services = network.services().size();

        double oursCold = once(() -> Betweenness.of(network.graph()));
        // Ours is timed five times before and five times after NetworkX's run, so a change in the load of
        // the machine during the run affects both sides alike.
        List<Double> oursRuns = new ArrayList<>();
        Runnable timeOurs = () -> oursRuns.add(median(1, false, () -> Betweenness.of(network.graph())));
        Betweenness.of(network.graph());
        for (int i = 0; i < 5; i++) {
            timeOurs.run();
        }
        Map<NetworkNode, Double> scores = Betweenness.of(network.graph());
        double jgrapht = once(() -> new BetweennessCentrality<>(network.graph(), true).getScores());
        double communities = once(() -> network.community(network.partners().getFirst()));
        double drawing = once(() -> network.core(2000).layout());
        double duplicates = once(() -> NetworkState.build(data.meetings(), data.canvases(), data.registry()).likelyDuplicates());

        Path edges = Files.createTempFile("partner-network", ".tsv");
        Path result = Files.createTempFile("partner-network-networkx", ".json");
        StringBuilder lines = new StringBuilder();
        network.graph().edgeSet().forEach(l -> lines.append(l.partner().id()).append('\t').append(l.service().id()).append('\n'));
        Files.writeString(edges, lines, StandardCharsets.UTF_8);
        Process python = new ProcessBuilder(PYTHON.toString(), NETWORKX_SCRIPT.toString(), edges.toString(), result.toString())
                .redirectErrorStream(true).start();
        String pythonOutput = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor()).as("NetworkX run: %s", pythonOutput).isZero();
        for (int i = 0; i < 5; i++) {
            timeOurs.run();
        }
        double ours = oursRuns.stream().sorted().toList().get(oursRuns.size() / 2);
        JsonNode networkx = Json.MAPPER.readTree(Files.readString(result));
        Files.delete(edges);
        Files.delete(result);

        Map<String, Double> theirs = new HashMap<>();
        networkx.get("scores").properties().forEach(e -> theirs.put(e.getKey(), e.getValue().asDouble()));
        Map<String, Double> mine = new HashMap<>();
        scores.forEach((node, score) -> mine.put(node.id(), score));
        // Isolated vertices have no edge in the list; they score 0 on both sides.
        network.graph().vertexSet().stream().filter(v -> network.degree(v) == 0).forEach(v -> theirs.put(v.id(), 0.0));
        double worst = mine.entrySet().stream().mapToDouble(e -> Math.abs(e.getValue() - theirs.get(e.getKey()))).max().orElse(0);
        Map<String, Double> minePartners = new HashMap<>();
        Map<String, Double> theirPartners = new HashMap<>();
        mine.forEach((id, s) -> {
            if (id.startsWith(PartnerNode.KIND)) {
                minePartners.put(id, s);
                theirPartners.put(id, theirs.get(id));
            }
        });
        double seconds = networkx.get("seconds").asDouble();
        String report = String.format(Locale.ROOT, """
                Partner network benchmark (%d meetings, %d services, %d partners, %d links; %s, %d cores, Java %s)
                  rebuild of the graph from memory after a change (median of 5) : %8.3f s
                  betweenness, ours, first run                                  : %8.3f s
                  betweenness, ours (median of 10 warm runs around NetworkX's)  : %8.3f s
                  betweenness, JGraphT BetweennessCentrality (one run)          : %8.3f s
                  betweenness, NetworkX %s (one run, Debian python3)           : %8.3f s
                  communities, JGraphT greedy modularity (one run)              : %8.3f s
                  drawing of 2,000 nodes: choice and JGraphT FR layout (one run): %8.3f s
                  likely duplicates among the partners' names (one run)         : %8.3f s
                  speed-up over NetworkX: %.0fx warm, %.0fx first run; largest difference of a score: %.1e
                  load average when done: %s
                """, MEETINGS, services, partners, network.linkCount(), System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                rebuild, oursCold, ours, jgrapht, networkx.get("networkx").asString(), seconds, communities, drawing, duplicates,
                seconds / ours, seconds / oursCold, worst, loadAverage());
        System.out.println(report);
        Path out = Path.of("target/benchmarks/partner-network.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);

        assertThat(services).isEqualTo(MEETINGS * SERVICES_PER_MEETING);
        assertThat(partners).isBetween(550, PARTNERS);
        assertThat(networkx.get("edges").asInt()).isEqualTo(network.linkCount());
        assertThat(worst).isLessThan(1e-9);
        assertThat(ranking(minePartners)).isEqualTo(ranking(theirPartners));
        assertThat(ranking(mine)).isEqualTo(ranking(theirs));
        assertThat(network.byBetweenness().getFirst().id()).isEqualTo(ranking(theirPartners).getFirst());
        assertThat(seconds / ours).as("speed-up over NetworkX").isGreaterThanOrEqualTo(20);
    }
}
