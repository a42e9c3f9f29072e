package org.partnershipworkshop.proceedings.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.IndexedFRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.partnershipworkshop.canvas.PartnerType;
import org.partnershipworkshop.proceedings.pdf.Overview.GroupRef;
import org.partnershipworkshop.proceedings.pdf.Overview.PartnerLine;

/**
 * The meeting's partner–service network and where to draw it: one vertex per group's service and per
 * partner (partners already merged by normalized name in the read model), an edge where a group named
 * the partner. Each connected part gets a force-directed layout with a fixed seed (the same meeting gives
 * the same figure every time); large parts use the Barnes–Hut variant so the cost stays near-linear.
 */
final class NetworkLayout {

    /** From this many vertices on, the O(n²) force calculation per iteration is replaced by a quadtree. */
    static final int QUADTREE_FROM = 250;
    static final long SEED = 20120517L;
    private static final int ITERATIONS = 300;
    /** Smaller than the library's 0.5: a part settles in the middle of its box instead of against its walls. */
    private static final double SPREAD = 0.2;
    /** Room around each part, in the units of {@link #side}. */
    private static final double GAP = 0.9;

    sealed interface Node permits ServiceNode, PartnerNode {
        String id();
    }

    // Vertices are equal by id and hash by it alone (an enum's hash differs from run to run, and the layout
    // must not depend on hash order).
    record ServiceNode(String id, GroupRef group) implements Node {
        @Override
        public boolean equals(Object o) {
            return o instanceof ServiceNode other && id.equals(other.id);
        }

        @Override
        public int hashCode() {
            return id.hashCode();
        }
    }

    record PartnerNode(String id, String name, PartnerType type, int degree) implements Node {
        @Override
        public boolean equals(Object o) {
            return o instanceof PartnerNode other && id.equals(other.id);
        }

        @Override
        public int hashCode() {
            return id.hashCode();
        }
    }

    private final Graph<Node, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
    private final Map<Node, Point2D> positions = new LinkedHashMap<>();

    /** The network laid out for a drawing area {@code aspect} times as wide as high. */
    NetworkLayout(List<GroupSheet> groups, List<PartnerLine> partners, double aspect) {
        Map<Integer, ServiceNode> services = new LinkedHashMap<>();
        for (GroupSheet g : groups) {
            ServiceNode node = new ServiceNode("g" + g.number(), new GroupRef(g.number(), g.name()));
            services.put(g.number(), node);
            graph.addVertex(node);
        }
        for (PartnerLine p : partners) {
            PartnerNode node = new PartnerNode("p:" + p.key(), p.name(), p.type(), p.groups().size());
            graph.addVertex(node);
            for (GroupRef g : p.groups()) {
                ServiceNode service = services.get(g.number());
                if (service != null) {
                    graph.addEdge(node, service);
                }
            }
        }
        if (!graph.vertexSet().isEmpty()) {
            pack(components(), aspect);
        }
    }

    /**
     * The connected parts, each with its vertices in the order they were added, largest part first (ties in
     * order of appearance): the inspector's sets are hash sets, and a layout must not depend on hash order.
     */
    private List<Set<Node>> components() {
        ConnectivityInspector<Node, DefaultEdge> inspector = new ConnectivityInspector<>(graph);
        Map<Set<Node>, Set<Node>> ordered = new IdentityHashMap<>(); // the inspector answers one set per part
        List<Set<Node>> parts = new ArrayList<>();
        for (Node node : graph.vertexSet()) {
            ordered.computeIfAbsent(inspector.connectedSetOf(node), c -> {
                Set<Node> part = new LinkedHashSet<>();
                parts.add(part);
                return part;
            }).add(node);
        }
        parts.sort(Comparator.comparingInt((Set<Node> c) -> -c.size())); // stable: ties keep their order
        return parts;
    }

    Graph<Node, DefaultEdge> graph() {
        return graph;
    }

    /** Where a vertex goes, both coordinates in [0,1] of the drawing area (y upwards). */
    Point2D position(Node node) {
        return positions.get(node);
    }

    boolean isEmpty() {
        return graph.vertexSet().isEmpty();
    }

    /**
     * Places the connected parts (largest first) in rows (one force layout of the whole would push small
     * parts against the border, on top of each other). A part's box grows with the square root of its size;
     * the largest part's box has about the drawing's shape, the others are square. Of a few row widths the
     * one that fills the drawing best wins; the lot is scaled with one scale for both axes, so shapes keep.
     */
    private void pack(List<Set<Node>> parts, double aspect) {
        List<double[]> boxes = new ArrayList<>(); // width, height, shape
        for (Set<Node> part : parts) {
            double shape = part == parts.getFirst() ? Math.max(1, aspect) : 1;
            boxes.add(new double[] {side(part) * Math.sqrt(shape), side(part) / Math.sqrt(shape), shape});
        }
        double widest = boxes.getFirst()[0];
        double total = boxes.stream().mapToDouble(b -> b[0]).sum();
        Arrangement best = null;
        for (int i = 0; i <= ROW_WIDTH_TRIES; i++) {
            Arrangement a = arrange(boxes, widest + (total - widest) * i / ROW_WIDTH_TRIES, aspect);
            if (best == null || a.scale() < best.scale()) {
                best = a;
            }
        }
        for (int i = 0; i < parts.size(); i++) {
            double[] box = boxes.get(i);
            double[] at = best.corners().get(i);
            for (Map.Entry<Node, Point2D> e : layoutPart(parts.get(i), box[2], i == 0).entrySet()) {
                double x = at[0] + GAP / 2 + e.getValue().getX() * (box[0] - GAP) + best.offsetX();
                double y = at[1] + GAP / 2 + e.getValue().getY() * (box[1] - GAP) + best.offsetY();
                positions.put(e.getKey(), Point2D.of(x / (aspect * best.scale()), 1 - y / best.scale()));
            }
        }
    }

    private static final int ROW_WIDTH_TRIES = 24;

    /** Where each box's top-left corner goes for rows at most {@code rowWidth} wide, and the scale that needs. */
    private record Arrangement(List<double[]> corners, double scale, double offsetX, double offsetY) {
    }

    private static Arrangement arrange(List<double[]> boxes, double rowWidth, double aspect) {
        List<double[]> corners = new ArrayList<>();
        double x = 0;
        double y = 0;
        double rowHeight = 0;
        double usedWidth = 0;
        for (double[] box : boxes) {
            if (x > 0 && x + box[0] > rowWidth * 1.0001) {
                x = 0;
                y += rowHeight;
                rowHeight = 0;
            }
            corners.add(new double[] {x, y});
            x += box[0];
            usedWidth = Math.max(usedWidth, x);
            rowHeight = Math.max(rowHeight, box[1]);
        }
        double usedHeight = y + rowHeight;
        double scale = Math.max(usedWidth / aspect, usedHeight);
        return new Arrangement(corners, scale, (aspect * scale - usedWidth) / 2, (scale - usedHeight) / 2);
    }

    private static double side(Set<Node> part) {
        return part.size() == 1 ? 1.2 : 1.6 * Math.sqrt(part.size()) + GAP;
    }

    /** A connected part laid out with its own force layout in a box {@code shape} times as wide as high; positions in [0,1]². */
    private Map<Node, Point2D> layoutPart(Set<Node> part, double shape, boolean fill) {
        Map<Node, Point2D> result = new LinkedHashMap<>();
        if (part.size() == 1) {
            result.put(part.iterator().next(), Point2D.of(0.5, 0.5));
            return result;
        }
        Graph<Node, DefaultEdge> sub = new AsSubgraph<>(graph, part);
        MapLayoutModel2D<Node> model = new MapLayoutModel2D<>(Box2D.of(shape, 1));
        FRLayoutAlgorithm2D<Node, DefaultEdge> algorithm = part.size() < QUADTREE_FROM
                ? new FRLayoutAlgorithm2D<>(ITERATIONS, SPREAD, new Random(SEED))
                : new IndexedFRLayoutAlgorithm2D<>(ITERATIONS, IndexedFRLayoutAlgorithm2D.DEFAULT_THETA_FACTOR,
                        SPREAD, new Random(SEED));
        algorithm.layout(sub, model);
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Node node : part) {
            Point2D p = model.get(node);
            minX = Math.min(minX, p.getX());
            minY = Math.min(minY, p.getY());
            maxX = Math.max(maxX, p.getX());
            maxY = Math.max(maxY, p.getY());
        }
        // The largest part fills its box; a small one keeps its shape (a line of three stays a line), centred.
        double spanX = Math.max(maxX - minX, 1e-9);
        double spanY = Math.max(maxY - minY, 1e-9);
        double scaleX = fill ? spanX : Math.max(spanX / shape, spanY) * shape;
        double scaleY = fill ? spanY : Math.max(spanX / shape, spanY);
        for (Node node : part) {
            Point2D p = model.get(node);
            result.put(node, Point2D.of((p.getX() - minX + (scaleX - spanX) / 2) / scaleX,
                    (p.getY() - minY + (scaleY - spanY) / 2) / scaleY));
        }
        return result;
    }
}
