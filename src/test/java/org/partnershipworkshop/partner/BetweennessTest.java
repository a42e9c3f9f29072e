package org.partnershipworkshop.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

/** Our Brandes implementation against values computed by hand (as NetworkX gives them) and JGraphT's, on many graphs. */
class BetweennessTest {

    @Test
    void aPathOfFourVertices() {
        Graph<String, DefaultEdge> path = new SimpleGraph<>(DefaultEdge.class);
        for (String v : new String[] {"a", "b", "c", "d"}) {
            path.addVertex(v);
        }
        path.addEdge("a", "b");
        path.addEdge("b", "c");
        path.addEdge("c", "d");
        Map<String, Double> scores = Betweenness.of(path);
        // b lies on a–c and a–d: 2 of the (4−1)(4−2)/2 = 3 pairs it could lie on.
        assertThat(scores.get("b")).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(scores.get("c")).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(scores.get("a")).isZero();
        assertThat(scores.get("d")).isZero();
    }

    @Test
    void aStarSharesPathsThroughItsCentre() {
        Graph<Integer, DefaultEdge> star = new SimpleGraph<>(DefaultEdge.class);
        star.addVertex(0);
        for (int i = 1; i <= 5; i++) {
            star.addVertex(i);
            star.addEdge(0, i);
        }
        assertThat(Betweenness.of(star).get(0)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void twoEqualShortestPathsShareTheCredit() {
        // a square a–b–d and a–c–d: b and c each carry half of the a–d pair.
        Graph<String, DefaultEdge> square = new SimpleGraph<>(DefaultEdge.class);
        for (String v : new String[] {"a", "b", "c", "d"}) {
            square.addVertex(v);
        }
        square.addEdge("a", "b");
        square.addEdge("a", "c");
        square.addEdge("b", "d");
        square.addEdge("c", "d");
        assertThat(Betweenness.of(square).get("b")).isCloseTo(0.5 / 3, within(1e-12));
    }

    @Test
    void equalsJGraphTOnRandomBipartiteGraphsWithSeveralComponents() {
        for (long seed = 1; seed <= 12; seed++) {
            Graph<Integer, DefaultEdge> graph = randomBipartite(new Random(seed), 40 + (int) seed * 7, 25 + (int) seed * 3);
            Map<Integer, Double> ours = Betweenness.of(graph);
            // JGraphT divides by (n−1)(n−2); NetworkX and we by the (n−1)(n−2)/2 pairs a vertex can lie between.
            Map<Integer, Double> theirs = new BetweennessCentrality<>(graph, true).getScores();
            assertThat(ours).hasSameSizeAs(theirs);
            long s = seed;
            theirs.forEach((v, score) -> assertThat(ours.get(v)).as("vertex %s, seed %s", v, s)
                    .isCloseTo(2 * score, within(1e-9)));
            assertThat(ours.values().stream().mapToDouble(Double::doubleValue).max().orElse(0)).isPositive();
        }
    }

    @Test
    void tinyGraphsHaveNoBetweenness() {
        Graph<String, DefaultEdge> pair = new SimpleGraph<>(DefaultEdge.class);
        pair.addVertex("a");
        pair.addVertex("b");
        pair.addEdge("a", "b");
        assertThat(Betweenness.of(pair).values()).containsOnly(0.0);
        assertThat(Betweenness.of(new SimpleGraph<String, DefaultEdge>(DefaultEdge.class))).isEmpty();
    }

    /** Services 0..s−1 and partners s..s+p−1, each service with 1–6 partners, popular partners likelier. */
    static Graph<Integer, DefaultEdge> randomBipartite(Random random, int services, int partners) {
        Graph<Integer, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        for (int v = 0; v < services + partners; v++) {
            graph.addVertex(v);
        }
        for (int s = 0; s < services; s++) {
            int links = 1 + random.nextInt(6);
            for (int i = 0; i < links; i++) {
                int p = services + (int) (partners * Math.pow(random.nextDouble(), 2));
                graph.addEdge(s, p);
            }
        }
        return graph;
    }
}
