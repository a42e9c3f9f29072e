package org.partnershipworkshop.proceedings.figure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;
import org.partnershipworkshop.canvas.PartnerType;
import org.partnershipworkshop.documents.LabelFont;

/**
 * The meeting's partner–service network and where to draw it, in points: one vertex per group's service
 * and per partner (partners already merged by normalized name in the read model), an edge where a group
 * named the partner. Three steps, each deterministic: a force layout ({@link ForceLayout}), spreading the
 * vertices until each has room for its mark and name ({@link RoomMaker}), and placing every name where it
 * covers nothing else ({@link LabelPlacer}).
 */
public final class NetworkLayout {

    /** Above this many partners only those serving several groups get a label; the index lists them all. */
    public static final int LABEL_ALL_UP_TO = 150;
    public static final double SERVICE_SIDE = 15;
    public static final double SMALL_SERVICE_SIDE = 11;
    /** From this many services on their squares are smaller. */
    public static final int SMALL_SERVICES_FROM = 50;

    public sealed interface Node permits ServiceNode, PartnerNode {
        String id();
    }

    // Vertices are equal by id and hash by it alone (an enum's hash differs from run to run, and the layout
    // must not depend on hash order).
    public record ServiceNode(String id, int number, String name) implements Node {
        @Override
        public boolean equals(Object o) {
            return o instanceof ServiceNode other && id.equals(other.id);
        }

        @Override
        public int hashCode() {
            return id.hashCode();
        }
    }

    public record PartnerNode(String id, String name, PartnerType type, int degree) implements Node {
        @Override
        public boolean equals(Object o) {
            return o instanceof PartnerNode other && id.equals(other.id);
        }

        @Override
        public int hashCode() {
            return id.hashCode();
        }

        public boolean shared() {
            return degree > 1;
        }
    }

    private final Graph<Node, DefaultEdge> graph;
    private final Map<Node, Point2D> positions = new LinkedHashMap<>();
    private final Box frame;
    private final double serviceSide;
    private LabelPlacer.Placement names = new LabelPlacer.Placement(List.of(), List.of());

    public NetworkLayout(Graph<Node, DefaultEdge> graph, double width, double height, LabelFont text) {
        this.graph = graph;
        this.frame = new Box(0, 0, width, height);
        long services = graph.vertexSet().stream().filter(ServiceNode.class::isInstance).count();
        this.serviceSide = services < SMALL_SERVICES_FROM ? SERVICE_SIDE : SMALL_SERVICE_SIDE;
        if (graph.vertexSet().isEmpty()) {
            return;
        }
        LabelPlacer placer = new LabelPlacer(this, text);
        Point2D origin = Point2D.of(0, 0);
        positions.putAll(ForceLayout.layout(graph, frame, serviceSide,
                node -> area(room(node, origin, placer, true))));
        // the name goes on the side away from the partner's services, where the placement will try it first
        RoomMaker.spread(positions, (node, at) -> room(node, at, placer,
                !(node instanceof PartnerNode p) || placer.outward(p, at)[0] >= 0), frame);
        names = placer.place();
    }

    public static long partnerCount(Graph<Node, DefaultEdge> graph) {
        return graph.vertexSet().stream().filter(PartnerNode.class::isInstance).count();
    }

    /** How many partners get their name written in the figure. */
    public static long labelledCount(Graph<Node, DefaultEdge> graph) {
        boolean all = labelsAll(graph);
        return graph.vertexSet().stream().filter(n -> n instanceof PartnerNode p && (all || p.shared())).count();
    }

    /** Whether every partner gets its name written, or (in a very large network) only the shared ones. */
    public static boolean labelsAll(Graph<Node, DefaultEdge> graph) {
        return partnerCount(graph) <= LABEL_ALL_UP_TO;
    }

    public Graph<Node, DefaultEdge> graph() {
        return graph;
    }

    /** Where a vertex goes, in points of the drawing (y upwards). */
    public Point2D position(Node node) {
        return positions.get(node);
    }

    /** The label placement moves a disc a little where that frees a place for its name. */
    public void move(Node node, Point2D to) {
        positions.put(node, to);
    }

    public Box frame() {
        return frame;
    }

    public boolean labelsAll() {
        return labelsAll(graph);
    }

    /** The partners' names placed in the drawing. */
    public List<LabelPlacer.Label> labels() {
        return names.labels();
    }

    /** The partners whose name should be written but found no free place (none in a meeting of the supported size). */
    public List<PartnerNode> omitted() {
        return names.omitted();
    }

    public static double radius(PartnerNode partner) {
        return radius(partner.degree());
    }

    /** A disc's radius grows with the square root of the groups served (up to 16), its area about with their number. */
    public static double radius(int groups) {
        return 2.6 + 2.2 * Math.sqrt(Math.min(groups, 16));
    }

    /** The side of a service's square: smaller when there are many services. */
    public double serviceSide() {
        return serviceSide;
    }

    private static double area(Box box) {
        return box.width() * box.height();
    }

    /** The mark of a vertex: a partner's disc or a service's square, as a box. */
    public Box mark(Node node) {
        return markAt(node, positions.get(node));
    }

    private Box markAt(Node node, Point2D p) {
        double half = node instanceof PartnerNode partner ? radius(partner) : serviceSide / 2;
        return Box.around(p.getX(), p.getY(), half, half);
    }

    /** Room kept around each vertex's room while spreading, so marks and names do not touch. */
    private static final double ROOM_PAD = 1;

    /** The room a vertex needs at {@code at}: its mark, and a labelled partner's name beside it. */
    private Box room(Node node, Point2D at, LabelPlacer placer, boolean right) {
        Box room = node instanceof PartnerNode partner && placer.labelled(partner)
                ? placer.room(partner, at, right)
                : markAt(node, at);
        return room.grow(ROOM_PAD);
    }
}
