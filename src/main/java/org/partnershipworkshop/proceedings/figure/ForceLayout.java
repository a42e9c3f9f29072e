package org.partnershipworkshop.proceedings.figure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.LayoutModel2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;
import org.partnershipworkshop.proceedings.figure.NetworkLayout.Node;
import org.partnershipworkshop.proceedings.figure.NetworkLayout.PartnerNode;
import org.partnershipworkshop.proceedings.figure.NetworkLayout.ServiceNode;

/**
 * The first step of the network figure: JGraphT's Fruchterman–Reingold layout of the whole network with a
 * fixed start and seed, so the same meeting always gives the same picture. Two additions to the library's
 * forces: a pull towards the middle (weaker sideways, so the network takes the drawing's landscape shape),
 * which keeps separate parts of the network together instead of pressed against the walls; and, when the
 * names will crowd the drawing, repulsion scaled by the room each vertex needs (a partner with a long name
 * pushes harder), so long names get space. A roomy network keeps even edge lengths instead.
 */
public final class ForceLayout {

    /**
     * From this many vertices on, a vertex is pushed only by those within twice the ideal edge length, found
     * in a grid (the grid variant of Fruchterman and Reingold's paper): an iteration then costs about as
     * much as there are vertices instead of their square. Below, every pair pushes, as in the library.
     */
    public static final int NEAR_ONLY_FROM = 1000;
    public static final long SEED = 20120517L;
    private static final int ITERATIONS = 300;
    /** The library's normalization factor of the ideal edge length. */
    private static final double SPREAD = 0.5;
    /** The pull towards the middle, against the repulsion that would press every part against the walls. */
    private static final double GRAVITY = 4;

    /** The most drawing a vertex gets (points²): a few vertices are not stretched across the whole page. */
    private static final double MAX_AREA_PER_VERTEX = 6500;

    private ForceLayout() {
    }

    /**
     * Where each vertex goes in a drawing of the given size (points, y upwards), {@code margin} kept free at
     * the border; {@code room} is the area a vertex needs with its name.
     */
    public static Map<Node, Point2D> layout(Graph<Node, DefaultEdge> graph, Box frame, double margin, ToDoubleFunction<Node> room) {
        return layout(graph, frame, margin, room, graph.vertexSet().size() >= NEAR_ONLY_FROM);
    }

    /** As {@link #layout(Graph, Box, double, ToDoubleFunction)}, the repulsion between near vertices only or not. */
    public static Map<Node, Point2D> layout(Graph<Node, DefaultEdge> graph, Box frame, double margin, ToDoubleFunction<Node> room,
                                     boolean nearOnly) {
        int n = graph.vertexSet().size();
        double total = graph.vertexSet().stream().mapToDouble(room).sum();
        // how crowded the drawing will be: 0 while the rooms need under 30 % of it, 1 from 60 % on
        double crowding = Math.clamp((total / (frame.width() * frame.height()) - 0.3) / 0.3, 0, 1);
        Map<Node, Double> weights = new HashMap<>();
        for (Node node : graph.vertexSet()) {
            double weight = Math.sqrt(room.applyAsDouble(node) / (total / n));
            weights.put(node, 1 + (weight - 1) * crowding);
        }
        double aspect = frame.width() / frame.height();
        double height = Math.sqrt(n) * 10;
        Box2D box = Box2D.of(height * aspect, height);
        Map<Node, Point2D> start = start(graph, box);
        MapLayoutModel2D<Node> model = new MapLayoutModel2D<>(box);
        Random random = new Random(SEED);
        FRLayoutAlgorithm2D<Node, DefaultEdge> algorithm = new Weighted<>(random, aspect, weights::get, nearOnly);
        algorithm.setInitializer(start::get);
        algorithm.layout(graph, model);
        Map<Node, Point2D> raw = new LinkedHashMap<>();
        for (Node node : graph.vertexSet()) {
            raw.put(node, model.get(node));
        }
        return fit(raw, frame, margin, crowding);
    }

    /**
     * The services on an ellipse in the order of their numbers, clockwise from the top; each partner in the
     * middle of its services, a partner of one group a little outside it; a small jitter from the seed.
     */
    private static Map<Node, Point2D> start(Graph<Node, DefaultEdge> graph, Box2D box) {
        Map<Node, Point2D> start = new HashMap<>();
        List<Node> services = graph.vertexSet().stream().filter(ServiceNode.class::isInstance).toList();
        double cx = box.getWidth() / 2;
        double cy = box.getHeight() / 2;
        for (int i = 0; i < services.size(); i++) {
            double angle = Math.PI / 2 - 2 * Math.PI * i / services.size();
            start.put(services.get(i), Point2D.of(cx + 0.38 * box.getWidth() * Math.cos(angle),
                    cy + 0.38 * box.getHeight() * Math.sin(angle)));
        }
        Random jitter = new Random(SEED);
        for (Node node : graph.vertexSet()) {
            if (node instanceof PartnerNode) {
                double x = 0;
                double y = 0;
                int count = 0;
                for (DefaultEdge e : graph.edgesOf(node)) {
                    Node other = graph.getEdgeSource(e) == node ? graph.getEdgeTarget(e) : graph.getEdgeSource(e);
                    x += start.get(other).getX();
                    y += start.get(other).getY();
                    count++;
                }
                double px = count == 0 ? cx : x / count;
                double py = count == 0 ? cy : y / count;
                if (count == 1) {
                    px += (px - cx) * 0.2;
                    py += (py - cy) * 0.2;
                }
                start.put(node, Point2D.of(px + (jitter.nextDouble() - 0.5) * 4, py + (jitter.nextDouble() - 0.5) * 4));
            }
        }
        return start;
    }

    /**
     * The layout scaled into the drawing. The force layout comes out round; when names crowd the drawing
     * ({@code corners} is the crowding, from 0 to 1), each vertex is also
     * moved out along its ray from the middle towards the drawing's border — the outer ones most, up to the
     * corner — so the corners hold names too instead of staying empty.
     */
    private static Map<Node, Point2D> fit(Map<Node, Point2D> raw, Box frame, double margin, double corners) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Point2D p : raw.values()) {
            minX = Math.min(minX, p.getX());
            minY = Math.min(minY, p.getY());
            maxX = Math.max(maxX, p.getX());
            maxY = Math.max(maxY, p.getY());
        }
        double spanX = maxX - minX;
        double spanY = maxY - minY;
        double w = frame.width() - 2 * margin;
        double h = frame.height() - 2 * margin;
        double shrink = Math.min(1, Math.sqrt(raw.size() * MAX_AREA_PER_VERTEX / (w * h))); // a small network stays compact
        double left = frame.x() + margin + w * (1 - shrink) / 2;
        double bottom = frame.y() + margin + h * (1 - shrink) / 2;
        w *= shrink;
        h *= shrink;
        Map<Node, Point2D> fitted = new LinkedHashMap<>();
        for (Map.Entry<Node, Point2D> e : raw.entrySet()) {
            Point2D p = e.getValue();
            double u = spanX < 1e-9 ? 0 : 2 * (p.getX() - minX) / spanX - 1; // both in [-1, 1]
            double v = spanY < 1e-9 ? 0 : 2 * (p.getY() - minY) / spanY - 1;
            double r = Math.hypot(u, v);
            if (r > 1e-9 && corners > 0) {
                double toBorder = r / Math.max(Math.abs(u), Math.abs(v)); // 1 on the axes, √2 on the diagonals
                double stretch = 1 + (toBorder - 1) * Math.min(1, r * r) * corners;
                u = Math.clamp(u * stretch, -1, 1);
                v = Math.clamp(v * stretch, -1, 1);
            }
            fitted.put(e.getKey(), Point2D.of(left + (u + 1) / 2 * w, bottom + (v + 1) / 2 * h));
        }
        return fitted;
    }

    /**
     * JGraphT's Fruchterman–Reingold layout (its iterations, cooling and frame) with the forces computed on
     * plain arrays instead of a point object per pair and a map look-up per edge — an order of magnitude
     * faster — and two additions: every vertex is pulled towards the middle, and the repulsion between two
     * vertices is scaled by both their weights.
     */
    private static final class Weighted<V, E> extends FRLayoutAlgorithm2D<V, E> {
        private final double aspect;
        private final ToDoubleFunction<V> weight;
        private final boolean nearOnly;
        private List<V> vertices;
        private int[][] edges;
        private double[] w;
        private double[] x;
        private double[] y;

        Weighted(Random random, double aspect, ToDoubleFunction<V> weight, boolean nearOnly) {
            super(ITERATIONS, SPREAD, random);
            this.aspect = aspect;
            this.weight = weight;
            this.nearOnly = nearOnly;
        }

        /** The vertices by index and the edges as pairs of indices, once; the graph does not change. */
        private void index(Graph<V, E> graph) {
            if (vertices != null) {
                return;
            }
            vertices = new ArrayList<>(graph.vertexSet());
            Map<V, Integer> index = new HashMap<>();
            w = new double[vertices.size()];
            for (int i = 0; i < vertices.size(); i++) {
                index.put(vertices.get(i), i);
                w[i] = weight.applyAsDouble(vertices.get(i));
            }
            edges = graph.edgeSet().stream()
                    .map(e -> new int[] {index.get(graph.getEdgeSource(e)), index.get(graph.getEdgeTarget(e))})
                    .toArray(int[][]::new);
        }

        /** The library calls this first in every iteration: it reads the positions for both forces. */
        @Override
        protected Map<V, Point2D> calculateRepulsiveForces(Graph<V, E> graph, LayoutModel2D<V> model) {
            index(graph);
            int n = vertices.size();
            x = new double[n];
            y = new double[n];
            for (int i = 0; i < n; i++) {
                Point2D p = model.get(vertices.get(i));
                x[i] = p.getX();
                y[i] = p.getY();
            }
            double[] fx = new double[n];
            double[] fy = new double[n];
            if (nearOnly) {
                repelNear(fx, fy);
            } else {
                for (int i = 0; i < n; i++) {
                    for (int j = i + 1; j < n; j++) {
                        repel(i, j, fx, fy);
                    }
                }
            }
            return displacement(fx, fy);
        }

        /** The library's attraction d²/k along every edge, and the pull to the middle (weaker sideways). */
        @Override
        protected Map<V, Point2D> calculateAttractiveForces(Graph<V, E> graph, LayoutModel2D<V> model) {
            int n = vertices.size();
            double[] fx = new double[n];
            double[] fy = new double[n];
            for (int[] e : edges) {
                double dx = x[e[0]] - x[e[1]];
                double dy = y[e[0]] - y[e[1]];
                double d = Math.hypot(dx, dy);
                if (d > 1e-9) { // d²/k along the unit vector (dx, dy)/d
                    fx[e[0]] -= dx * d / optimalDistance;
                    fy[e[0]] -= dy * d / optimalDistance;
                    fx[e[1]] += dx * d / optimalDistance;
                    fy[e[1]] += dy * d / optimalDistance;
                }
            }
            Box2D area = model.getDrawableArea();
            double cx = area.getMinX() + area.getWidth() / 2;
            double cy = area.getMinY() + area.getHeight() / 2;
            for (int i = 0; i < n; i++) {
                fx[i] += GRAVITY * (cx - x[i]) / (aspect * aspect);
                fy[i] += GRAVITY * (cy - y[i]);
            }
            return displacement(fx, fy);
        }

        private Map<V, Point2D> displacement(double[] fx, double[] fy) {
            Map<V, Point2D> displacement = new HashMap<>(2 * fx.length);
            for (int i = 0; i < fx.length; i++) {
                displacement.put(vertices.get(i), Point2D.of(fx[i], fy[i]));
            }
            return displacement;
        }

        /** The push between vertices i and j, added to both. */
        private void repel(int i, int j, double[] fx, double[] fy) {
            double dx = x[i] - x[j];
            double dy = y[i] - y[j];
            double d2 = dx * dx + dy * dy;
            if (d2 < 1e-18) {
                return; // the library skips two vertices at the same place too
            }
            double f = optimalDistance * optimalDistance * w[i] * w[j] / d2; // k²/d along (dx, dy)/d
            fx[i] += dx * f;
            fy[i] += dy * f;
            fx[j] -= dx * f;
            fy[j] -= dy * f;
        }

        /** Pushes between vertices in the same or neighbouring cells of a grid with cells twice the ideal length. */
        private void repelNear(double[] fx, double[] fy) {
            double cell = 2 * optimalDistance;
            Map<Long, List<Integer>> cells = new HashMap<>();
            for (int i = 0; i < x.length; i++) {
                cells.computeIfAbsent(key((long) Math.floor(x[i] / cell), (long) Math.floor(y[i] / cell)),
                        c -> new ArrayList<>()).add(i);
            }
            double reach2 = cell * cell;
            for (int i = 0; i < x.length; i++) {
                long cx = (long) Math.floor(x[i] / cell);
                long cy = (long) Math.floor(y[i] / cell);
                for (long gx = cx - 1; gx <= cx + 1; gx++) {
                    for (long gy = cy - 1; gy <= cy + 1; gy++) {
                        for (int j : cells.getOrDefault(key(gx, gy), List.of())) {
                            double dx = x[i] - x[j];
                            double dy = y[i] - y[j];
                            if (j > i && dx * dx + dy * dy < reach2) {
                                repel(i, j, fx, fy);
                            }
                        }
                    }
                }
            }
        }

        private static long key(long gx, long gy) {
            return gx * 1_000_003L + gy;
        }
    }
}
