package org.partnershipworkshop.partner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.GreedyModularityAlgorithm;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.AsSubgraph;

/**
 * Communities of a network, defined for every graph (decision 0172): each connected part on its own, a part of
 * one or two vertices is one community, a larger part is split by JGraphT's greedy modularity (deterministic).
 * Numbered 1, 2, … from the largest, ties by the smallest vertex id, so exports and screens agree.
 *
 * <p>Greedy modularity over the whole graph fails on graphs without edges, with one vertex or made of
 * isolated vertices and pairs (an ordinary small meeting, where each table names its own partner); a
 * community never crosses parts anyway, so splitting first changes no answer it gave.
 */
final class Communities {

    /** Sets of vertices from the largest, ties by their smallest vertex id: how parts and communities are numbered. */
    static final Comparator<Set<NetworkNode>> LARGEST_FIRST = Comparator.<Set<NetworkNode>>comparingInt(Set::size).reversed()
            .thenComparing(c -> c.stream().map(NetworkNode::id).min(Comparator.naturalOrder()).orElse(""));

    private Communities() {
    }

    static Map<NetworkNode, Integer> of(Graph<NetworkNode, ServiceLink> graph) {
        List<Set<NetworkNode>> clusters = new ArrayList<>();
        for (Set<NetworkNode> part : new ConnectivityInspector<>(graph).connectedSets()) {
            if (part.size() <= 2) {
                clusters.add(part);
            } else {
                clusters.addAll(new GreedyModularityAlgorithm<>(new AsSubgraph<>(graph, part)).getClustering().getClusters());
            }
        }
        clusters.sort(LARGEST_FIRST);
        Map<NetworkNode, Integer> result = new HashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            for (NetworkNode v : clusters.get(i)) {
                result.put(v, i + 1);
            }
        }
        return Map.copyOf(result);
    }
}
