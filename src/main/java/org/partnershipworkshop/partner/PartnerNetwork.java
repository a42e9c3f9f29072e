package org.partnershipworkshop.partner;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.Graphs;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.SimpleGraph;

/**
 * The partner–service network as an immutable JGraphT graph: partner and service vertices, one edge per
 * partner supporting a service. Costly metrics (betweenness, communities) are computed once, when first
 * asked for. Sub-networks (a filter, a neighbourhood) are new networks with their own metrics.
 */
public final class PartnerNetwork {

    public static final PartnerNetwork EMPTY = new PartnerNetwork(List.of(), List.of());

    private final Graph<NetworkNode, ServiceLink> graph;
    private final Map<String, NetworkNode> byId;
    private volatile Map<NetworkNode, Double> betweenness;
    private volatile Map<NetworkNode, Integer> communities;
    private volatile Map<PartnerNode, Integer> betweennessRanks;
    private volatile Map<NetworkNode, Point2D> layout;
    private volatile PartnerNetwork core;

    /** A network of these services (with or without partners) and links; partners come with their links. */
    public PartnerNetwork(Collection<ServiceNode> services, Collection<ServiceLink> links) {
        Graph<NetworkNode, ServiceLink> g = new SimpleGraph<>(ServiceLink.class);
        // Partners first, by name, then services in the given order: exports and layouts come out stable.
        links.stream().map(ServiceLink::partner).distinct()
                .sorted(Comparator.comparing(PartnerNode::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparingLong(PartnerNode::partnerId))
                .forEach(g::addVertex);
        services.forEach(g::addVertex);
        for (ServiceLink link : links) {
            if (!g.containsVertex(link.service())) {
                throw new IllegalArgumentException("link to a service outside the network: " + link.service().id());
            }
            g.addEdge(link.partner(), link.service(), link);
        }
        this.graph = new AsUnmodifiableGraph<>(g);
        Map<String, NetworkNode> ids = new HashMap<>();
        g.vertexSet().forEach(v -> ids.put(v.id(), v));
        this.byId = Map.copyOf(ids);
    }

    /** The graph itself, read-only. */
    public Graph<NetworkNode, ServiceLink> graph() {
        return graph;
    }

    public int nodeCount() {
        return graph.vertexSet().size();
    }

    public int linkCount() {
        return graph.edgeSet().size();
    }

    public boolean isEmpty() {
        return graph.vertexSet().isEmpty();
    }

    public List<PartnerNode> partners() {
        return graph.vertexSet().stream().filter(PartnerNode.class::isInstance).map(PartnerNode.class::cast).toList();
    }

    public List<ServiceNode> services() {
        return graph.vertexSet().stream().filter(ServiceNode.class::isInstance).map(ServiceNode.class::cast).toList();
    }

    public Optional<NetworkNode> node(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<PartnerNode> partner(long partnerId) {
        return node(PartnerNode.idOf(partnerId)).map(PartnerNode.class::cast);
    }

    public Optional<ServiceNode> service(long groupId) {
        return node(ServiceNode.idOf(groupId)).map(ServiceNode.class::cast);
    }

    public boolean contains(NetworkNode node) {
        return graph.containsVertex(node);
    }

    public int degree(NetworkNode node) {
        return graph.degreeOf(node);
    }

    /** The links of a partner (its services) or of a service (its partners), in graph order. */
    public List<ServiceLink> links(NetworkNode node) {
        return List.copyOf(graph.edgesOf(node));
    }

    public List<NetworkNode> neighbours(NetworkNode node) {
        return Graphs.neighborListOf(graph, node);
    }

    /** The meetings a partner's services belong to (or a service's own meeting). */
    public Set<Long> meetingsOf(NetworkNode node) {
        if (node instanceof ServiceNode s) {
            return Set.of(s.meetingId());
        }
        return links(node).stream().map(l -> l.service().meetingId()).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Normalized betweenness of every vertex (0 when no shortest path passes through it). */
    public Map<NetworkNode, Double> betweenness() {
        Map<NetworkNode, Double> result = betweenness;
        if (result == null) {
            result = Map.copyOf(Betweenness.of(graph));
            betweenness = result;
        }
        return result;
    }

    public double betweenness(NetworkNode node) {
        return betweenness().getOrDefault(node, 0.0);
    }

    /** Partners from the most to the least connected: degree, then name. */
    public List<PartnerNode> byDegree() {
        return partners().stream().sorted(Comparator.<PartnerNode>comparingInt(this::degree).reversed()
                .thenComparing(PartnerNode::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparingLong(PartnerNode::partnerId)).toList();
    }

    /** Partners from the most to the least between: betweenness, then degree, then name. */
    public List<PartnerNode> byBetweenness() {
        Map<NetworkNode, Double> scores = betweenness();
        return partners().stream().sorted(Comparator.<PartnerNode>comparingDouble(scores::get).reversed()
                .thenComparing(Comparator.<PartnerNode>comparingInt(this::degree).reversed())
                .thenComparing(PartnerNode::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparingLong(PartnerNode::partnerId)).toList();
    }

    /** The place of a partner in {@link #byBetweenness()}, 1 for the first. */
    public int betweennessRank(PartnerNode partner) {
        Map<PartnerNode, Integer> ranks = betweennessRanks;
        if (ranks == null) {
            Map<PartnerNode, Integer> computed = new HashMap<>();
            List<PartnerNode> ranking = byBetweenness();
            for (int i = 0; i < ranking.size(); i++) {
                computed.put(ranking.get(i), i + 1);
            }
            ranks = Map.copyOf(computed);
            betweennessRanks = ranks;
        }
        return ranks.getOrDefault(partner, 0);
    }

    /**
     * The community of a vertex (see {@link Communities}), numbered 1, 2, … from the largest; a vertex without
     * links is a community of its own.
     */
    public int community(NetworkNode node) {
        Map<NetworkNode, Integer> result = communities;
        if (result == null) {
            result = Communities.of(graph);
            communities = result;
        }
        return result.getOrDefault(node, 0);
    }

    /** The partner–partner projection around one partner: who supports the same services, and how many. */
    public List<CoPartner> coPartners(PartnerNode partner) {
        if (!graph.containsVertex(partner)) {
            return List.of();
        }
        Map<PartnerNode, Integer> shared = new LinkedHashMap<>();
        for (ServiceLink link : graph.edgesOf(partner)) {
            for (ServiceLink other : graph.edgesOf(link.service())) {
                if (!other.partner().equals(partner)) {
                    shared.merge(other.partner(), 1, Integer::sum);
                }
            }
        }
        return shared.entrySet().stream().map(e -> new CoPartner(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(CoPartner::sharedServices).reversed()
                        .thenComparing(c -> c.partner().name(), String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    public PartnerMetrics metrics(PartnerNode partner) {
        return new PartnerMetrics(partner, degree(partner), betweenness(partner), betweennessRank(partner),
                community(partner), meetingsOf(partner).size(), coPartners(partner));
    }

    /** A shortest path between two vertices (partner, service, partner, …), empty when they are not connected. */
    public List<NetworkNode> shortestPath(NetworkNode from, NetworkNode to) {
        if (!graph.containsVertex(from) || !graph.containsVertex(to)) {
            return List.of();
        }
        GraphPath<NetworkNode, ServiceLink> path = BFSShortestPath.findPathBetween(graph, from, to);
        return path == null ? List.of() : path.getVertexList();
    }

    /** The part of the network a filter selects (see {@link NetworkFilter}). */
    public PartnerNetwork filter(NetworkFilter filter) {
        if (filter.isAll()) {
            return this;
        }
        List<ServiceNode> services = services().stream().filter(filter::matches).toList();
        Set<ServiceNode> kept = new HashSet<>(services);
        List<ServiceLink> links = graph.edgeSet().stream()
                .filter(l -> kept.contains(l.service()) && filter.matches(l.partner())).toList();
        if (filter.partnerType() != null) {
            Set<ServiceNode> supported = links.stream().map(ServiceLink::service).collect(Collectors.toSet());
            services = services.stream().filter(supported::contains).toList();
        }
        return new PartnerNetwork(services, links);
    }

    /**
     * At most {@code maxNodes} vertices around a centre: its neighbours, theirs, and so on, nearest first
     * (breadth-first, heavier vertices first within a ring).
     */
    public PartnerNetwork neighbourhood(NetworkNode centre, int maxNodes) {
        if (!graph.containsVertex(centre)) {
            return EMPTY;
        }
        Set<NetworkNode> chosen = new LinkedHashSet<>();
        Deque<NetworkNode> ring = new ArrayDeque<>(List.of(centre));
        chosen.add(centre);
        while (!ring.isEmpty() && chosen.size() < maxNodes) {
            NetworkNode v = ring.poll();
            List<NetworkNode> next = neighbours(v).stream().filter(n -> !chosen.contains(n))
                    .sorted(Comparator.comparingInt(this::degree).reversed().thenComparing(NetworkNode::id)).toList();
            for (NetworkNode n : next) {
                if (chosen.size() >= maxNodes) {
                    break;
                }
                chosen.add(n);
                ring.add(n);
            }
        }
        return induced(chosen);
    }

    /**
     * At most {@code maxNodes} vertices: the most connected partners with their services, as many as fit.
     * Used to keep a drawing interactive when the whole network is too large.
     */
    public PartnerNetwork core(int maxNodes) {
        if (nodeCount() <= maxNodes) {
            return this;
        }
        PartnerNetwork cached = core;
        if (cached == null || cached.nodeCount() > maxNodes) {
            cached = computeCore(maxNodes);
            core = cached;
        }
        return cached;
    }

    private PartnerNetwork computeCore(int maxNodes) {
        Set<NetworkNode> chosen = new LinkedHashSet<>();
        for (PartnerNode p : byDegree()) {
            List<NetworkNode> adding = new ArrayList<>();
            adding.add(p);
            neighbours(p).stream().filter(n -> !chosen.contains(n)).forEach(adding::add);
            if (chosen.size() + adding.size() > maxNodes) {
                if (chosen.isEmpty()) {
                    return neighbourhood(p, maxNodes);
                }
                continue;
            }
            chosen.addAll(adding);
        }
        return induced(chosen);
    }

    /**
     * Positions for drawing this network on the server (see {@link NetworkDrawing}), computed once: for large
     * drawings, where laying out in the browser would take too long (docs/decisions/0035).
     */
    public Map<NetworkNode, Point2D> layout() {
        Map<NetworkNode, Point2D> result = layout;
        if (result == null) {
            result = NetworkDrawing.layout(graph);
            layout = result;
        }
        return result;
    }

    private PartnerNetwork induced(Set<NetworkNode> vertices) {
        List<ServiceNode> services = services().stream().filter(vertices::contains).toList();
        List<ServiceLink> links = graph.edgeSet().stream()
                .filter(l -> vertices.contains(l.partner()) && vertices.contains(l.service())).toList();
        return new PartnerNetwork(services, links);
    }
}
