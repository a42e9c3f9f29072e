package org.partnershipworkshop.proceedings.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.jgrapht.alg.drawing.model.Point2D;
import org.partnershipworkshop.proceedings.figure.NetworkLayout.Node;

/**
 * The second step of the network figure: moves vertices apart where the room they need overlaps — a
 * partner's disc with its name beside it, a service's square. Each pass pushes every overlapping pair apart
 * along the axis where they overlap least, half each way, and keeps every room inside the drawing; a grid
 * finds the pairs, so a pass costs about as much as there are vertices. Whatever is still crowded after the
 * last pass (a very full drawing) is left to the label placement, which may move a disc or shorten a name.
 */
public final class RoomMaker {

    private static final int PASSES = 80;
    /** How much of the computed push a pass applies: less than all, so many pushes on one vertex do not overshoot. */
    private static final double STEP = 0.6;

    private RoomMaker() {
    }

    /** Moves the vertices in {@code positions}; {@code roomAt} is the box a vertex needs where it stands. */
    public static void spread(Map<Node, Point2D> positions, BiFunction<Node, Point2D, Box> roomAt, Box frame) {
        List<Node> nodes = new ArrayList<>(positions.keySet());
        int n = nodes.size();
        double[] x = new double[n];
        double[] y = new double[n];
        double[][] rel = new double[n][]; // each room relative to its vertex: left, bottom, width, height
        for (int i = 0; i < n; i++) {
            Point2D at = positions.get(nodes.get(i));
            x[i] = at.getX();
            y[i] = at.getY();
            Box room = roomAt.apply(nodes.get(i), at);
            rel[i] = new double[] {room.x() - x[i], room.y() - y[i], Math.min(room.width(), frame.width()),
                    Math.min(room.height(), frame.height())};
        }
        double cell = Math.max(16, Math.sqrt(frame.width() * frame.height() / n));
        for (int pass = 0; pass < PASSES; pass++) {
            if (!pass(x, y, rel, frame, cell)) {
                break;
            }
        }
        for (int i = 0; i < n; i++) {
            positions.put(nodes.get(i), Point2D.of(x[i], y[i]));
        }
    }

    /** One pass; whether any two rooms overlapped. */
    private static boolean pass(double[] x, double[] y, double[][] rel, Box frame, double cell) {
        int n = x.length;
        BoxGrid<Integer> grid = new BoxGrid<>(frame, cell);
        Box[] boxes = new Box[n];
        for (int i = 0; i < n; i++) {
            boxes[i] = new Box(x[i] + rel[i][0], y[i] + rel[i][1], rel[i][2], rel[i][3]);
            grid.add(boxes[i], i);
        }
        double[] mx = new double[n];
        double[] my = new double[n];
        boolean crowded = false;
        for (int i = 0; i < n; i++) {
            for (int j : grid.overlapping(boxes[i])) {
                if (j <= i) {
                    continue;
                }
                crowded = true;
                Box a = boxes[i];
                Box b = boxes[j];
                double px = Math.min(a.right() - b.x(), b.right() - a.x());
                double py = Math.min(a.top() - b.y(), b.top() - a.y());
                if (px < py) {
                    double s = a.x() + a.right() < b.x() + b.right() ? -1 : 1;
                    mx[i] += s * px / 2;
                    mx[j] -= s * px / 2;
                } else {
                    double s = a.y() + a.top() < b.y() + b.top() ? -1 : 1;
                    my[i] += s * py / 2;
                    my[j] -= s * py / 2;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            x[i] = Math.clamp(x[i] + mx[i] * STEP, frame.x() - rel[i][0], frame.right() - rel[i][0] - rel[i][2]);
            y[i] = Math.clamp(y[i] + my[i] * STEP, frame.y() - rel[i][1], frame.top() - rel[i][1] - rel[i][3]);
        }
        return crowded;
    }
}
