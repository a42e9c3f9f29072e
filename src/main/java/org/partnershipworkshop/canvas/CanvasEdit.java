package org.partnershipworkshop.canvas;

import java.util.ArrayList;
import java.util.List;

/**
 * One change a group makes on its canvas, expressed by intent so it still applies when another laptop
 * saved in between: an entry is found by its content, not only by its position. An edit whose entry
 * was changed meanwhile keeps both versions; a removal of an entry already gone does nothing.
 */
public sealed interface CanvasEdit {

    String fieldId();

    Canvas applyTo(Canvas canvas);

    record Add(String fieldId, CanvasEntry entry) implements CanvasEdit {
        @Override
        public Canvas applyTo(Canvas canvas) {
            List<CanvasEntry> entries = new ArrayList<>(canvas.entries(fieldId));
            entries.add(entry);
            return canvas.with(fieldId, entries);
        }
    }

    record Replace(String fieldId, int index, CanvasEntry expected, CanvasEntry replacement) implements CanvasEdit {
        @Override
        public Canvas applyTo(Canvas canvas) {
            List<CanvasEntry> entries = new ArrayList<>(canvas.entries(fieldId));
            int at = locate(entries, index, expected);
            if (at < 0) {
                entries.add(replacement);
            } else {
                entries.set(at, replacement);
            }
            return canvas.with(fieldId, entries);
        }
    }

    record Remove(String fieldId, int index, CanvasEntry expected) implements CanvasEdit {
        @Override
        public Canvas applyTo(Canvas canvas) {
            List<CanvasEntry> entries = new ArrayList<>(canvas.entries(fieldId));
            int at = locate(entries, index, expected);
            if (at >= 0) {
                entries.remove(at);
            }
            return canvas.with(fieldId, entries);
        }
    }

    /** Moves an entry to a new position (clamped to the field). */
    record Move(String fieldId, int index, CanvasEntry expected, int toIndex) implements CanvasEdit {
        @Override
        public Canvas applyTo(Canvas canvas) {
            List<CanvasEntry> entries = new ArrayList<>(canvas.entries(fieldId));
            int at = locate(entries, index, expected);
            if (at < 0) {
                return canvas;
            }
            CanvasEntry moved = entries.remove(at);
            entries.add(Math.max(0, Math.min(toIndex, entries.size())), moved);
            return canvas.with(fieldId, entries);
        }
    }

    /** Replaces the whole canvas (an API save, a restored revision). */
    record ReplaceAll(Canvas canvas) implements CanvasEdit {
        @Override
        public String fieldId() {
            return "";
        }

        @Override
        public Canvas applyTo(Canvas ignored) {
            return canvas;
        }
    }

    private static int locate(List<CanvasEntry> entries, int index, CanvasEntry expected) {
        if (index >= 0 && index < entries.size() && entries.get(index).equals(expected)) {
            return index;
        }
        return entries.indexOf(expected);
    }
}
