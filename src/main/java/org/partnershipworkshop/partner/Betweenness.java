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
        int[] order = new int[n];                   // vertices in the order breadth-first search reached them
        int[] distance = new int[n];
        double[] paths = new double[n];             // number of shortest paths from the source
        double[] share = new double[n];             // (1 + dependency) / paths, once a vertex's dependency is known
        int[] successors = new int[targets.length]; // for v, successors[offsets[v] .. successorsEnd[v]): neighbours one step farther
        int[] successorsEnd = new int[n];
        Arrays.fill(distance, -1);
        for (int source = 0; source < n; source++) {
            int head = 0;
            int tail = 0;
            order[tail++] = source;
            distance[source] = 0;
            paths[source] = 1;
            while (head < tail) {
                int v = order[head++];
                int next = distance[v] + 1;
                double via = paths[v];
                int found = offsets[v];
                for (int i = offsets[v], end = offsets[v + 1]; i < end; i++) {
                    int w = targets[i];
                    int d = distance[w];
                    if (d < 0) {
                        distance[w] = next;
                        paths[w] = via;
                        order[tail++] = w;
                        successors[found++] = w;
                    } else if (d == next) {
                        paths[w] += via;
                        successors[found++] = w;
                    }
                }
                successorsEnd[v] = found;
            }
            // Farthest first: dependency[v] = paths[v] × Σ over successors w of (1 + dependency[w]) / paths[w].
            for (int k = tail - 1; k > 0; k--) {
                int v = order[k];
                double sum = 0;
                for (int i = offsets[v], end = successorsEnd[v]; i < end; i++) {
                    sum += share[successors[i]];
                }
                double dependency = paths[v] * sum;
                centrality[v] += dependency;
                share[v] = (1 + dependency) / paths[v];
            }
            for (int k = 0; k < tail; k++) {
                distance[order[k]] = -1;
            }
        }
        return centrality;
    }
}
