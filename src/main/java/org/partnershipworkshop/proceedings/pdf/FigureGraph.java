package org.partnershipworkshop.proceedings.pdf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.partnershipworkshop.proceedings.figure.NetworkLayout.Node;
import org.partnershipworkshop.proceedings.figure.NetworkLayout.PartnerNode;
import org.partnershipworkshop.proceedings.figure.NetworkLayout.ServiceNode;
import org.partnershipworkshop.proceedings.pdf.Overview.PartnerLine;

/** The proceedings' read model as the graph the network figure lays out. */
final class FigureGraph {

    private FigureGraph() {
    }

    /**
     * The network: a vertex per group's service and per partner, an edge where a group named the partner.
     * Vertices are added in the read model's order (groups by number, partners by name), which fixes the
     * order every later step visits them in.
     */
    static Graph<Node, DefaultEdge> of(List<GroupSheet> groups, List<PartnerLine> partners) {
        Graph<Node, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        Map<Integer, ServiceNode> services = new LinkedHashMap<>();
        for (GroupSheet g : groups) {
            ServiceNode node = new ServiceNode("g" + g.number(), g.number(), g.name());
            services.put(g.number(), node);
            graph.addVertex(node);
        }
        for (PartnerLine p : partners) {
            List<ServiceNode> served = p.groups().stream().map(g -> services.get(g.number()))
                    .filter(Objects::nonNull).distinct().toList();
            PartnerNode node = new PartnerNode("p:" + p.key(), p.name(), p.type(), served.size());
            graph.addVertex(node);
            for (ServiceNode service : served) {
                graph.addEdge(node, service);
            }
        }
        return graph;
    }
}
