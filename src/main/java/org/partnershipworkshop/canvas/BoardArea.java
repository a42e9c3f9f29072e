package org.partnershipworkshop.canvas;

/** Where a field sits on the board: grid column and row (1-based) and how many it spans. */
public record BoardArea(int column, int row, int columnSpan, int rowSpan) {

    public BoardArea {
        if (column < 1 || row < 1 || columnSpan < 1 || rowSpan < 1) {
            throw new IllegalArgumentException("area positions and spans start at 1");
        }
    }

    boolean overlaps(BoardArea other) {
        return column < other.column + other.columnSpan && other.column < column + columnSpan
                && row < other.row + other.rowSpan && other.row < row + rowSpan;
    }
}
