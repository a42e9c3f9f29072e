package org.partnershipworkshop.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jgrapht.alg.drawing.model.Point2D;
import org.junit.jupiter.api.Test;

/**
 * The server's drawing of large networks: every vertex placed, no two on one point, the same network drawn the
 * same way, and the shape that took the heap (two meetings of 260 tables without partners) laid out in a JVM of
 * 512 MB.
 */
class NetworkDrawingTest {

    @Test
    void everyVertexHasItsOwnPlace() {
        PartnerNetwork network = LargeNetworks.withoutPartners(260);
        Map<NetworkNode, Point2D> layout = network.layout();
        assertThat(layout).hasSize(network.nodeCount()).hasSizeGreaterThan(500);
        Set<String> points = new HashSet<>();
        layout.values().forEach(p -> points.add(Math.round(p.getX()) + "," + Math.round(p.getY())));
        assertThat(points).hasSize(network.nodeCount());
        assertThat(layout.values()).allSatisfy(p -> assertThat(Double.isFinite(p.getX()) && Double.isFinite(p.getY())).isTrue());
    }

    @Test
    void theSameNetworkIsDrawnTheSameWay() {
        assertThat(LargeNetworks.withoutPartners(40).layout()).isEqualTo(LargeNetworks.withoutPartners(40).layout());
    }

    @Test
    void aLinkedPartStaysTogetherAndApartFromTheGrid() {
        PartnerNetwork network = LargeNetworks.withoutPartners(100);
        Map<NetworkNode, Point2D> layout = network.layout();
        PartnerNode hub = network.partner(1).orElseThrow();
        // A service of the hub lies nearer to it than the farthest table without partners.
        Point2D at = layout.get(hub);
        double nearest = network.neighbours(hub).stream().mapToDouble(n -> distance(at, layout.get(n))).max().orElseThrow();
        double farthest = network.services().stream().filter(s -> network.degree(s) == 0)
                .mapToDouble(s -> distance(at, layout.get(s))).max().orElseThrow();
        assertThat(nearest).isLessThan(farthest);
    }

    @Test
    void pairsOnlyNeedNoForces() {
        PartnerNetwork network = LargeNetworks.eachTableItsOwnPartner(600);
        assertThat(network.layout()).hasSize(1200);
    }

    @Test
    void theLayoutFitsInHalfAGigabyteOfHeap() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = Files.createTempFile("drawing", ".log");
        Process process = new ProcessBuilder(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                LayoutInSmallHeap.class.getName())).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = process.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        String output = Files.readString(log);
        Files.deleteIfExists(log);
        assertThat(ended).as("ended within two minutes: %s", output).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("laid out 2 networks");
    }

    private static double distance(Point2D a, Point2D b) {
        return Math.hypot(a.getX() - b.getX(), a.getY() - b.getY());
    }

    /** Run in a JVM of 512 MB by the test above. */
    static final class LayoutInSmallHeap {
        public static void main(String[] args) {
            int done = 0;
            for (PartnerNetwork network : List.of(LargeNetworks.withoutPartners(260), LargeNetworks.withoutPartners(1000))) {
                if (network.layout().size() != network.nodeCount()) {
                    System.exit(2);
                }
                done++;
            }
            System.out.println("laid out " + done + " networks");
            System.out.flush();
            System.exit(0);
        }
    }
}
