package org.partnershipworkshop.proceedings.figure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Boxes filed by the cells of a uniform grid over the figure, so finding what a box touches looks at its
 * neighbourhood only: placing every label stays near-linear in the number of partners.
 */
public final class BoxGrid<T> {

    private record Entry<T>(Box box, T item, int id) {
    }

    private final Box area;
    private final double cell;
    private final int columns;
    private final int rows;
    private final List<List<Entry<T>>> cells;
    private int added;
    private int[] seen = new int[16];
    private int query;

    public BoxGrid(Box area, double cell) {
        this.area = area;
        this.cell = cell;
        this.columns = Math.max(1, (int) Math.ceil(area.width() / cell));
        this.rows = Math.max(1, (int) Math.ceil(area.height() / cell));
        this.cells = new ArrayList<>(columns * rows);
        for (int i = 0; i < columns * rows; i++) {
            cells.add(new ArrayList<>(2));
        }
    }

    public void add(Box box, T item) {
        Entry<T> entry = new Entry<>(box, item, added++);
        if (added > seen.length) {
            seen = Arrays.copyOf(seen, seen.length * 2);
        }
        forCells(box, c -> cells.get(c).add(entry));
    }

    /** Every item whose box overlaps {@code box}, each once. */
    public List<T> overlapping(Box box) {
        List<T> found = new ArrayList<>();
        int stamp = ++query;
        forCells(box, c -> {
            for (Entry<T> e : cells.get(c)) {
                if (seen[e.id] != stamp && e.box.overlaps(box)) {
                    seen[e.id] = stamp;
                    found.add(e.item);
                }
            }
        });
        return found;
    }

    private void forCells(Box box, IntConsumer action) {
        int c0 = column(box.x());
        int c1 = column(box.right());
        int r0 = row(box.y());
        int r1 = row(box.top());
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                action.accept(r * columns + c);
            }
        }
    }

    private int column(double x) {
        return Math.clamp((long) Math.floor((x - area.x()) / cell), 0, columns - 1);
    }

    private int row(double y) {
        return Math.clamp((long) Math.floor((y - area.y()) / cell), 0, rows - 1);
    }
}
