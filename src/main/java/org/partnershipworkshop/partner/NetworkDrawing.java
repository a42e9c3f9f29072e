package org.partnershipworkshop.partner;

import java.util.ArrayList;
import java.util.HashMap;
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

/**
 * Positions for drawing a network on the server, bounded in memory and time (decision 0171). Fruchterman–Reingold
 * over a whole network pushes every vertex without links against the box's edges until hundreds share a point, and
 * the Barnes–Hut quadtree then divides without end (an out-of-memory error with two meetings of 260 tables without
 * partners). So:
 * <ul>
 * <li>each connected part of three or more vertices is laid out on its own, in a box by its size, with a fixed
 * number of iterations and a fixed seed (the same network is drawn the same way); the quadtree only for parts
 * above {@value #EXACT_MAX} vertices, exact forces below;</li>
 * <li>isolated vertices and pairs are not laid out at all: they stand in a grid after the parts;</li>
 * <li>at most {@value #MAX_VERTICES} vertices are laid out by forces; parts beyond that budget are put in a grid
 * each, like the small ones.</li>
 * </ul>
 * The parts are packed in shelves, the largest first, into a roughly square drawing.
 */
final class NetworkDrawing {

    static final int MAX_VERTICES = 2000;
    static final int ITERATIONS = 60;
    static final double SPACING = 70;
    private static final int EXACT_MAX = 300;

    private NetworkDrawing() {
    }

    static Map<NetworkNode, Point2D> layout(Graph<NetworkNode, ServiceLink> graph) {
        List<Set<NetworkNode>> parts = new ArrayList<>(new ConnectivityInspector<>(graph).connectedSets());
        parts.sort(Communities.LARGEST_FIRST);
        List<Map<NetworkNode, Point2D>> pieces = new ArrayList<>();
        List<NetworkNode> loose = new ArrayList<>();
        int budget = MAX_VERTICES;
        for (Set<NetworkNode> part : parts) {
            if (part.size() >= 3 && part.size() <= budget) {
                pieces.add(forces(new AsSubgraph<>(graph, part)));
                budget -= part.size();
            } else if (part.size() >= 3) {
                pieces.add(grid(part.stream().sorted().toList()));
            } else {
                part.stream().sorted().forEach(loose::add);
            }
        }
        if (!loose.isEmpty()) {
            pieces.add(grid(loose));
        }
        return pack(pieces);
    }

    /** One connected part by forces, scaled to fill a box of its size, its corner at (0, 0). */
    private static Map<NetworkNode, Point2D> forces(Graph<NetworkNode, ServiceLink> part) {
        int n = part.vertexSet().size();
        double side = Math.max(SPACING * 2, Math.sqrt(n) * SPACING);
        MapLayoutModel2D<NetworkNode> model = new MapLayoutModel2D<>(Box2D.of(side, side));
        Random random = new Random(42);
        FRLayoutAlgorithm2D<NetworkNode, ServiceLink> algorithm = n > EXACT_MAX
                ? new IndexedFRLayoutAlgorithm2D<>(ITERATIONS, IndexedFRLayoutAlgorithm2D.DEFAULT_THETA_FACTOR,
                        FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR, random)
                : new FRLayoutAlgorithm2D<>(ITERATIONS, FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR, random);
        algorithm.layout(part, model);
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (Map.Entry<NetworkNode, Point2D> e : model) {
            minX = Math.min(minX, e.getValue().getX());
            maxX = Math.max(maxX, e.getValue().getX());
            minY = Math.min(minY, e.getValue().getY());
            maxY = Math.max(maxY, e.getValue().getY());
        }
        // Fruchterman–Reingold gathers everything near the middle; spread it over the whole box.
        double scale = side / Math.max(1e-9, Math.max(maxX - minX, maxY - minY));
        Map<NetworkNode, Point2D> positions = new HashMap<>();
        for (Map.Entry<NetworkNode, Point2D> e : model) {
            positions.put(e.getKey(), Point2D.of((e.getValue().getX() - minX) * scale, (e.getValue().getY() - minY) * scale));
        }
        return positions;
    }

    /** Vertices in a square grid, in the given order (a pair's two vertices come one after the other). */
    private static Map<NetworkNode, Point2D> grid(List<NetworkNode> vertices) {
        int columns = (int) Math.ceil(Math.sqrt(vertices.size()));
        Map<NetworkNode, Point2D> positions = new HashMap<>();
        for (int i = 0; i < vertices.size(); i++) {
            positions.put(vertices.get(i), Point2D.of((i % columns) * SPACING, (i / columns) * SPACING));
        }
        return positions;
    }

    /** Pieces side by side in shelves, a gap between them, no wider than a square of their total area. */
    private static Map<NetworkNode, Point2D> pack(List<Map<NetworkNode, Point2D>> pieces) {
        double area = 0;
        List<double[]> sizes = new ArrayList<>();
        for (Map<NetworkNode, Point2D> piece : pieces) {
            double w = piece.values().stream().mapToDouble(Point2D::getX).max().orElse(0) + SPACING;
            double h = piece.values().stream().mapToDouble(Point2D::getY).max().orElse(0) + SPACING;
            sizes.add(new double[] {w, h});
            area += w * h;
        }
        double width = Math.max(Math.sqrt(area), sizes.stream().mapToDouble(s -> s[0]).max().orElse(0));
        Map<NetworkNode, Point2D> positions = new HashMap<>();
        double x = 0, y = 0, shelf = 0;
        for (int i = 0; i < pieces.size(); i++) {
            double[] size = sizes.get(i);
            if (x > 0 && x + size[0] > width) {
                x = 0;
                y += shelf;
                shelf = 0;
            }
            double dx = x, dy = y;
            pieces.get(i).forEach((v, p) -> positions.put(v, Point2D.of(p.getX() + dx, p.getY() + dy)));
            x += size[0];
            shelf = Math.max(shelf, size[1]);
        }
        return Map.copyOf(positions);
    }
}
