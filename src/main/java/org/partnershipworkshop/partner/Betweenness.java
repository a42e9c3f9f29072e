package org.partnershipworkshop.partner;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;

/**
 * Betweenness centrality of an undirected, unweighted graph by Brandes' algorithm on compact arrays:
 * NetworkX's {@code betweenness_centrality} values (normalized by the (n−1)(n−2)/2 pairs a vertex can lie
 * between; a star's centre scores 1), the same ranking as JGraphT's {@code BetweennessCentrality} (which
 * divides by twice that), and many times faster than both because it walks int arrays instead of hash maps
 * (docs/decisions/0032).
 */
final class Betweenness {

    private Betweenness() {
    }

    static <V, E> Map<V, Double> of(Graph<V, E> graph) {
        List<V> vertices = List.copyOf(graph.vertexSet());
        int n = vertices.size();
        Map<V, Integer> index = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            index.put(vertices.get(i), i);
        }
        // Adjacency in compressed rows: the neighbours of v are targets[offsets[v] .. offsets[v + 1]).
        int[] offsets = new int[n + 1];
        for (int v = 0; v < n; v++) {
            offsets[v + 1] = offsets[v] + graph.degreeOf(vertices.get(v));
        }
        int[] targets = new int[offsets[n]];
        int[] fill = Arrays.copyOf(offsets, n);
        for (E edge : graph.edgeSet()) {
            int a = index.get(graph.getEdgeSource(edge));
            int b = index.get(graph.getEdgeTarget(edge));
            targets[fill[a]++] = b;
            targets[fill[b]++] = a;
        }
        double[] scores = scores(n, offsets, targets);
        // Undirected: every pair was counted from both ends.
        double scale = n > 2 ? 1.0 / ((n - 1.0) * (n - 2.0)) : 0;
        Map<V, Double> result = new HashMap<>(n * 2);
        for (int v = 0; v < n; v++) {
            result.put(vertices.get(v), scores[v] * scale);
        }
        return result;
    }

    /** The raw Brandes sums (each unordered pair counted twice). */
    static double[] scores(int n, int[] offsets, int[] targets) {
        double[] centrality = new double[n];
        int[] order = new int[n];          // vertices in the order BFS settled them
        int[] queue = new int[n];
        int[] distance = new int[n];
        double[] paths = new double[n];    // number of shortest paths from the source
        double[] dependency = new double[n];
        Arrays.fill(distance, -1);
        for (int source = 0; source < n; source++) {
            int head = 0;
            int tail = 0;
            int settled = 0;
            queue[tail++] = source;
            distance[source] = 0;
            paths[source] = 1;
            while (head < tail) {
                int v = queue[head++];
                order[settled++] = v;
                int next = distance[v] + 1;
                for (int i = offsets[v]; i < offsets[v + 1]; i++) {
                    int w = targets[i];
                    if (distance[w] < 0) {
                        distance[w] = next;
                        queue[tail++] = w;
                    }
                    if (distance[w] == next) {
                        paths[w] += paths[v];
                    }
                }
            }
            // Accumulate dependencies back from the farthest vertex; predecessors are neighbours one step closer.
            for (int k = settled - 1; k >= 0; k--) {
                int w = order[k];
                double share = (1 + dependency[w]) / paths[w];
                int previous = distance[w] - 1;
                for (int i = offsets[w]; i < offsets[w + 1]; i++) {
                    int v = targets[i];
                    if (distance[v] == previous) {
                        dependency[v] += paths[v] * share;
                    }
                }
                if (w != source) {
                    centrality[w] += dependency[w];
                }
            }
            for (int k = 0; k < settled; k++) {
                int v = order[k];
                distance[v] = -1;
                paths[v] = 0;
                dependency[v] = 0;
            }
        }
        return centrality;
    }
}
