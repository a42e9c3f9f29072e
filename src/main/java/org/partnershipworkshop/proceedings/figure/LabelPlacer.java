package org.partnershipworkshop.proceedings.figure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;
import org.partnershipworkshop.proceedings.figure.NetworkLayout.Node;
import org.partnershipworkshop.proceedings.figure.NetworkLayout.PartnerNode;
import org.partnershipworkshop.documents.LabelFont;

/**
 * Where each partner's name goes — the last step of the network figure. Greedy, shared partners first: each
 * name tries twelve places around its disc (beside it facing away from its services first, then the other
 * side, the corners, above, below) and takes the cheapest free one: never over another name, another disc or
 * a service, never outside the drawing; crossing lines and standing close to another mark cost extra. A long
 * name breaks into two or three lines. Where no place is free, the disc may move a little (a partner's
 * position is only approximate anyway); a name is shortened with "…" only when even that finds no room at
 * full length, and left out only when not even the shortest form fits anywhere (far beyond the meetings the
 * figure is made for) — the partner index has every name in full. Names and marks are filed in a grid, so
 * each try looks at its neighbourhood only.
 */
public final class LabelPlacer {

    public enum Align { LEFT, CENTRE, RIGHT }

    /** A partner's name as drawn: its lines, left/centre/right aligned in its box. */
    public record Label(PartnerNode partner, List<String> lines, boolean bold, Box box, Align align, boolean shortened) {
    }

    /** The names placed, and the partners whose name found no free place at all (left out of the figure). */
    public record Placement(List<Label> labels, List<PartnerNode> omitted) {
    }

    /** The widest one-line name; a longer one breaks into lines of at most {@link #LINE_WIDTH}. */
    public static final double ONE_LINE_WIDTH = 105;
    public static final double LINE_WIDTH = 95;
    /** Shortened forms, tried only when no full form has a free place. */
    private static final double[] SHORT_WIDTHS = {52, 30};
    public static final double LEADING = 1.12;
    /** From a name's box top to its first baseline, in units of the type size (capitals and ascenders fit). */
    public static final double ASCENT = 0.74;
    private static final double GAP = 1.2;
    /** Clearance kept between a name and the other marks and names. */
    private static final double CLEARANCE = 0.8;

    private final NetworkLayout layout;
    private final LabelFont text;
    private final Graph<Node, DefaultEdge> graph;
    private final BoxGrid<Object> taken;
    private final BoxGrid<double[]> edges;
    private final Map<PartnerNode, List<Form>> forms = new HashMap<>();

    public LabelPlacer(NetworkLayout layout, LabelFont text) {
        this.layout = layout;
        this.text = text;
        this.graph = layout.graph();
        double cell = Math.max(12, text.size() * 3);
        this.taken = new BoxGrid<>(layout.frame(), cell);
        this.edges = new BoxGrid<>(layout.frame(), cell * 2);
    }

    /**
     * How many places may be tried per name on average. The supported meetings (up to 150 names) need a few
     * hundred; a meeting far beyond that runs out and its remaining names try their disc's place only, so
     * the cost stays proportional to the number of names.
     */
    private static final int EFFORT_PER_NAME = 2000;
    private long effort;
    private long budget;

    public Placement place() {
        for (Node node : graph.vertexSet()) {
            taken.add(layout.mark(node).grow(CLEARANCE), node);
        }
        for (DefaultEdge e : graph.edgeSet()) {
            Point2D a = layout.position(graph.getEdgeSource(e));
            Point2D b = layout.position(graph.getEdgeTarget(e));
            double[] segment = {a.getX(), a.getY(), b.getX(), b.getY()};
            edges.add(new Box(Math.min(a.getX(), b.getX()), Math.min(a.getY(), b.getY()),
                    Math.abs(a.getX() - b.getX()), Math.abs(a.getY() - b.getY())), segment);
        }
        List<PartnerNode> partners = graph.vertexSet().stream().filter(PartnerNode.class::isInstance)
                .map(PartnerNode.class::cast).filter(this::labelled)
                .sorted(Comparator.comparingInt(PartnerNode::degree).reversed()) // stable: ties keep their order
                .toList();
        budget = (long) EFFORT_PER_NAME * partners.size();
        List<Label> labels = new ArrayList<>();
        List<PartnerNode> omitted = new ArrayList<>();
        for (PartnerNode partner : partners) {
            Label label = best(partner);
            if (label == null) {
                omitted.add(partner); // overlapping names would be unreadable; the partner index has it
            } else {
                taken.add(label.box().grow(CLEARANCE / 2), label);
                labels.add(label);
            }
        }
        return new Placement(labels, omitted);
    }

    /**
     * The room a labelled partner most likely needs: its disc and its name at full length beside it, on the
     * given side — what the layout keeps free before the names are placed.
     */
    public Box room(PartnerNode partner, Point2D at, boolean right) {
        Form form = forms(partner).getFirst();
        double r = NetworkLayout.radius(partner);
        Box label = (right ? Place.RIGHT : Place.LEFT).box(at.getX(), at.getY(), r, form.width(), height(form.lines().size()));
        Box mark = Box.around(at.getX(), at.getY(), r, r);
        double x = Math.min(label.x(), mark.x());
        double y = Math.min(label.y(), mark.y());
        return new Box(x, y, Math.max(label.right(), mark.right()) - x, Math.max(label.top(), mark.top()) - y);
    }

    public boolean labelled(PartnerNode partner) {
        return layout.labelsAll() || partner.shared();
    }

    /** A way to write the name: its lines, and what it costs to write it so. */
    private record Form(List<String> lines, double width, boolean shortened, double cost) {
    }

    /**
     * The ways to write a partner's name, cheapest first: on one line, broken into two or three balanced
     * lines, then shortened with "…" — on one line, so a shortened name stays one glance.
     */
    private List<Form> forms(PartnerNode partner) {
        return forms.computeIfAbsent(partner, this::formsOf);
    }

    private List<Form> formsOf(PartnerNode partner) {
        String name = partner.name().strip().replaceAll("\\s+", " ");
        boolean bold = partner.shared();
        List<Form> result = new ArrayList<>();
        double full = text.width(name, bold);
        if (full <= ONE_LINE_WIDTH) {
            result.add(new Form(List.of(name), full, false, 0));
        }
        String[] words = name.split(" ");
        for (int count = 2; count <= 3 && count <= words.length; count++) {
            Form broken = balanced(words, count, bold);
            if (broken.width() <= LINE_WIDTH && (full > ONE_LINE_WIDTH || count == 2)) {
                result.add(broken);
            }
        }
        for (double width : SHORT_WIDTHS) {
            if (full > width) {
                String shortName = text.fit(name, bold, width);
                result.add(new Form(List.of(shortName), text.width(shortName, bold), true, width > 40 ? 60 : 150));
            }
        }
        return result;
    }

    /** The words in {@code count} lines, broken where the widest line is narrowest. */
    private Form balanced(String[] words, int count, boolean bold) {
        List<String> best = null;
        double bestWidth = Double.MAX_VALUE;
        int n = words.length;
        for (int i = 1; i < n; i++) {
            for (int j = count == 2 ? n : i + 1; j <= n; j++) {
                if (count == 3 && j == n) {
                    continue;
                }
                List<String> lines = count == 2
                        ? List.of(join(words, 0, i), join(words, i, n))
                        : List.of(join(words, 0, i), join(words, i, j), join(words, j, n));
                double width = lines.stream().mapToDouble(l -> text.width(l, bold)).max().orElseThrow();
                if (width < bestWidth) {
                    bestWidth = width;
                    best = lines;
                }
            }
        }
        return new Form(best, bestWidth, false, count == 2 ? 2 : 6);
    }

    private static String join(String[] words, int from, int to) {
        return String.join(" ", Arrays.asList(words).subList(from, to));
    }

    private double height(int lines) {
        return text.size() * (0.95 + (lines - 1) * LEADING);
    }

    /**
     * How far a disc may move to find a free place for its name, in rings of 12 spots. Moving 4 points costs
     * as much as a second line, 40 points a third of shortening the name; farther it costs more than
     * shortening, so a disc goes far from its place only when even the short name finds no room near it.
     */
    private static final double[] MOVES = {4, 8, 12, 16, 20, 25, 30, 36, 42, 50, 60, 72, 86, 100, 120};
    private static final int SPOTS_PER_RING = 12;

    /**
     * Where the shortest name may go when nothing nearer is free: rings every 10 points out to the far
     * corner of the drawing, spots 10 points apart — the nearest free place in the whole drawing.
     */
    private List<Point2D> farSpots(Point2D home) {
        Box frame = layout.frame();
        double reach = Math.hypot(frame.width(), frame.height());
        List<Point2D> spots = new ArrayList<>();
        for (double distance = MOVES[MOVES.length - 1] + 10; distance <= reach; distance += 10) {
            int count = (int) Math.ceil(2 * Math.PI * distance / 10);
            for (int i = 0; i < count; i++) {
                double angle = 2 * Math.PI * i / count;
                double x = home.getX() + distance * Math.cos(angle);
                double y = home.getY() + distance * Math.sin(angle);
                if (x > frame.x() && x < frame.right() && y > frame.y() && y < frame.top()) {
                    spots.add(Point2D.of(x, y));
                }
            }
        }
        return spots;
    }

    /** The spot itself first, then rings of {@code count} spots at the given distances, alternate rings turned half a step. */
    private static List<Point2D> spots(Point2D home, double[] distances, int count) {
        List<Point2D> spots = new ArrayList<>(1 + distances.length * count);
        spots.add(home);
        for (int ring = 0; ring < distances.length; ring++) {
            for (int i = 0; i < count; i++) {
                double angle = 2 * Math.PI * (i + (ring % 2 == 0 ? 0 : 0.5)) / count;
                spots.add(Point2D.of(home.getX() + distances[ring] * Math.cos(angle),
                        home.getY() + distances[ring] * Math.sin(angle)));
            }
        }
        return spots;
    }

    private static double moveCost(double distance) {
        return 0.5 * distance + 1.5 * Math.max(0, distance - 40);
    }

    private Label best(PartnerNode partner) {
        Point2D home = layout.position(partner);
        List<Point2D> near = effort < budget ? spots(home, MOVES, SPOTS_PER_RING) : List.of(home);
        double m = NetworkLayout.radius(partner);
        Label best = null;
        double bestCost = Double.MAX_VALUE;
        Point2D bestSpot = home;
        List<Form> ways = forms(partner);
        for (Form form : ways) {
            if (form.cost() >= bestCost) {
                break; // the forms come cheapest first
            }
            double w = form.width();
            double h = height(form.lines().size());
            List<Point2D> spots = near;
            if (form == ways.getLast() && best == null && effort < budget / 2) { // the last resort: anywhere free
                spots = new ArrayList<>(near);
                spots.addAll(farSpots(home));
            }
            for (Point2D at : spots) {
                double moved = at == home ? 0 : moveCost(Math.hypot(at.getX() - home.getX(), at.getY() - home.getY()));
                if (form.cost() + moved >= bestCost) {
                    continue;
                }
                if (at != home && overlap(Box.around(at.getX(), at.getY(), m, m).grow(CLEARANCE), partner) > 0) {
                    continue;
                }
                double[] outward = outward(partner, at);
                for (Place place : Place.values()) {
                    Box box = place.box(at.getX(), at.getY(), m, w, h);
                    double cost = form.cost() + moved + place.cost(outward);
                    if (cost >= bestCost || overlap(box, partner) > 0) {
                        continue;
                    }
                    cost += 1.5 * crossings(box) + 3 * strangers(box, partner);
                    if (cost < bestCost) {
                        bestCost = cost;
                        best = new Label(partner, form.lines(), partner.shared(), box, place.align, form.shortened());
                        bestSpot = at;
                    }
                }
            }
        }
        if (best != null && bestSpot != home) { // its lines move along; the edge grid keeps the old ones (crossings only cost)
            layout.move(partner, bestSpot);
            taken.add(layout.mark(partner).grow(CLEARANCE), partner);
        }
        return best;
    }

    /** The unit direction away from the partner's services (from the middle of the drawing for a lone partner). */
    public double[] outward(PartnerNode partner, Point2D at) {
        double x = 0;
        double y = 0;
        List<Node> neighbours = Graphs.neighborListOf(graph, partner);
        for (Node n : neighbours) {
            Point2D p = layout.position(n);
            x += p.getX();
            y += p.getY();
        }
        double dx;
        double dy;
        if (neighbours.isEmpty()) {
            dx = at.getX() - layout.frame().width() / 2;
            dy = at.getY() - layout.frame().height() / 2;
        } else {
            dx = at.getX() - x / neighbours.size();
            dy = at.getY() - y / neighbours.size();
        }
        double length = Math.hypot(dx, dy);
        return length < 1e-6 ? new double[] {1, 0} : new double[] {dx / length, dy / length};
    }

    /** How much of the box lies over other marks and names or outside the drawing. */
    private double overlap(Box box, PartnerNode self) {
        effort++;
        Box frame = layout.frame();
        double outside = box.width() * box.height() - box.overlapArea(frame);
        double sum = outside > 1e-6 ? 1 + outside : 0;
        for (Object o : taken.overlapping(box)) {
            if (o != self) { // a moved disc is filed twice; its box now is what counts
                double area = box.overlapArea(o instanceof Label l ? l.box().grow(CLEARANCE / 2) : layout.mark((Node) o).grow(CLEARANCE));
                sum += area > 0 ? 1 + area : 0;
            }
        }
        return sum;
    }

    /** How far from its name another mark must be, so no reader takes the name for that mark's. */
    private static final double NEAR = 5;

    /** The other discs and squares close enough to the name to seem to be the one it names. */
    private int strangers(Box box, PartnerNode self) {
        int count = 0;
        for (Object o : taken.overlapping(box.grow(NEAR))) {
            if (o instanceof Node node && node != self && layout.mark(node).overlaps(box.grow(NEAR))) {
                count++;
            }
        }
        return count;
    }

    private int crossings(Box box) {
        int count = 0;
        for (double[] s : edges.overlapping(box)) {
            if (box.crossedBy(s[0], s[1], s[2], s[3])) {
                count++;
            }
        }
        return count;
    }

    /** The places around a disc: beside it (centred, a little higher or lower), at the four corners, above, below. */
    private enum Place {
        RIGHT(1, 0, Align.LEFT, 0),
        LEFT(-1, 0, Align.RIGHT, 0),
        RIGHT_HIGH(1, 0.2, Align.LEFT, 1),
        RIGHT_LOW(1, -0.2, Align.LEFT, -1),
        LEFT_HIGH(-1, 0.2, Align.RIGHT, 1),
        LEFT_LOW(-1, -0.2, Align.RIGHT, -1),
        UPPER_RIGHT(0.7, 0.7, Align.LEFT, 0),
        LOWER_RIGHT(0.7, -0.7, Align.LEFT, 0),
        UPPER_LEFT(-0.7, 0.7, Align.RIGHT, 0),
        LOWER_LEFT(-0.7, -0.7, Align.RIGHT, 0),
        ABOVE(0, 1, Align.CENTRE, 0),
        BELOW(0, -1, Align.CENTRE, 0);

        final double dx;
        final double dy;
        final Align align;
        final int slide;

        Place(double dx, double dy, Align align, int slide) {
            this.dx = dx;
            this.dy = dy;
            this.align = align;
            this.slide = slide;
        }

        boolean sideways() {
            return Math.abs(dx) == 1;
        }

        Box box(double x, double y, double r, double w, double h) {
            double left = switch (align) {
                case LEFT -> sideways() ? x + r + GAP : x + 0.75 * r;
                case RIGHT -> sideways() ? x - r - GAP - w : x - 0.75 * r - w;
                case CENTRE -> x - w / 2;
            };
            double bottom;
            if (sideways()) {
                bottom = y - h / 2 + slide * Math.max(0, h / 2 - 1.5);
            } else if (dx == 0) {
                bottom = dy > 0 ? y + r + GAP : y - r - GAP - h;
            } else {
                bottom = dy > 0 ? y + 0.75 * r : y - 0.75 * r - h;
            }
            return new Box(left, bottom, w, h);
        }

        /** Sideways is easiest to read; facing away from the partner's services keeps the name off its lines. */
        double cost(double[] outward) {
            double away = (dx * outward[0] + dy * outward[1]) / Math.hypot(dx, dy);
            return (1 - away) * 1.5 + (dx == 0 ? 0.8 : 0) + (sideways() ? 0.15 * Math.abs(slide) : 0.3);
        }
    }
}
