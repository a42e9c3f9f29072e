package org.partnershipworkshop.canvas;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What changed between two states of a canvas, field by field: entries added, removed, or changed in place
 * (an entry replaced by another at the same position), and whether the order changed. The editor uses it
 * to tell a user what the other laptop did; the history lists it per revision.
 */
public record CanvasChanges(List<FieldChange> fields) {

    public CanvasChanges {
        fields = List.copyOf(fields);
    }

    /** One field's changes; {@code changed} pairs an entry with the one that replaced it. */
    public record FieldChange(String fieldId, List<CanvasEntry> added, List<CanvasEntry> removed,
                              List<Replaced> changed, boolean reordered) {
        public FieldChange {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
            changed = List.copyOf(changed);
        }

        public int count() {
            return added.size() + removed.size() + changed.size() + (reordered ? 1 : 0);
        }
    }

    public record Replaced(CanvasEntry before, CanvasEntry after) {
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    public static CanvasChanges between(Canvas before, Canvas after) {
        Set<String> fieldIds = new LinkedHashSet<>(before.fields().keySet());
        fieldIds.addAll(after.fields().keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String fieldId : fieldIds) {
            FieldChange change = field(fieldId, before.entries(fieldId), after.entries(fieldId));
            if (change.count() > 0) {
                changes.add(change);
            }
        }
        return new CanvasChanges(changes);
    }

    private static FieldChange field(String fieldId, List<CanvasEntry> before, List<CanvasEntry> after) {
        // Entries are values: what is in one list and not in the other (counting duplicates) was removed or added.
        List<CanvasEntry> removed = new ArrayList<>(before);
        List<CanvasEntry> added = new ArrayList<>();
        for (CanvasEntry entry : after) {
            if (!removed.remove(entry)) {
                added.add(entry);
            }
        }
        // A removed entry whose position now holds an added one was changed in place.
        List<Replaced> changed = new ArrayList<>();
        for (CanvasEntry old : List.copyOf(removed)) {
            int at = before.indexOf(old);
            if (at < after.size() && added.contains(after.get(at))) {
                changed.add(new Replaced(old, after.get(at)));
                removed.remove(old);
                added.remove(after.get(at));
            }
        }
        boolean reordered = added.isEmpty() && removed.isEmpty() && changed.isEmpty() && !before.equals(after);
        return new FieldChange(fieldId, added, removed, changed, reordered);
    }
}
