package org.partnershipworkshop.proceedings.figure;

/** An axis-parallel rectangle of the network figure, in points, y upwards: a node's mark or a label. */
public record Box(double x, double y, double width, double height) {

    public static Box around(double cx, double cy, double halfWidth, double halfHeight) {
        return new Box(cx - halfWidth, cy - halfHeight, 2 * halfWidth, 2 * halfHeight);
    }

    public double right() {
        return x + width;
    }

    public double top() {
        return y + height;
    }

    /** Whether the two share more than a boundary. */
    public boolean overlaps(Box o) {
        return x < o.right() && o.x < right() && y < o.top() && o.y < top();
    }

    public double overlapArea(Box o) {
        double w = Math.min(right(), o.right()) - Math.max(x, o.x);
        double h = Math.min(top(), o.top()) - Math.max(y, o.y);
        return w > 0 && h > 0 ? w * h : 0;
    }

    public boolean inside(Box o) {
        return x >= o.x && y >= o.y && right() <= o.right() && top() <= o.top();
    }

    public Box grow(double by) {
        return new Box(x - by, y - by, width + 2 * by, height + 2 * by);
    }

    /** Whether the segment from (x1,y1) to (x2,y2) passes through the box (Liang–Barsky clipping). */
    public boolean crossedBy(double x1, double y1, double x2, double y2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x1 - x, right() - x1, y1 - y, top() - y1};
        double enter = 0;
        double leave = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    enter = Math.max(enter, t);
                } else {
                    leave = Math.min(leave, t);
                }
            }
        }
        return enter < leave;
    }
}
