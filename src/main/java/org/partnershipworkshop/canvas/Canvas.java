package org.partnershipworkshop.canvas;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;

/**
 * A group's smart diagram: field id → its entries in order. Immutable; a field without entries is
 * simply absent. Which fields exist and what kind each holds is the template's business
 * ({@link CanvasTemplate#check(Canvas)}).
 */
public record Canvas(Map<String, List<CanvasEntry>> fields) {

    public static final Canvas EMPTY = new Canvas(Map.of());

    public Canvas {
        Map<String, List<CanvasEntry>> copy = new LinkedHashMap<>();
        fields.forEach((id, entries) -> {
            if (entries.size() > Limits.ENTRIES) {
                throw new ValidationFailedException(Violation.of(id, "error.tooMany", Limits.ENTRIES, entries.size()));
            }
            if (!entries.isEmpty()) {
                copy.put(id, List.copyOf(entries));
            }
        });
        fields = Collections.unmodifiableMap(copy);
    }

    public List<CanvasEntry> entries(String fieldId) {
        return fields.getOrDefault(fieldId, List.of());
    }

    /** The entries of a field that are of the given type (all of them on a well-formed canvas). */
    public <T extends CanvasEntry> List<T> entries(String fieldId, Class<T> type) {
        return entries(fieldId).stream().filter(type::isInstance).map(type::cast).toList();
    }

    public Canvas with(String fieldId, List<? extends CanvasEntry> entries) {
        Map<String, List<CanvasEntry>> copy = new LinkedHashMap<>(fields);
        copy.put(fieldId, new ArrayList<>(entries));
        return new Canvas(copy);
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    public int entryCount() {
        return fields.values().stream().mapToInt(List::size).sum();
    }

    /** Every partner entry, whichever field holds it. */
    public List<PartnerEntry> partners() {
        return fields.values().stream().flatMap(List::stream)
                .filter(PartnerEntry.class::isInstance).map(PartnerEntry.class::cast).toList();
    }
}
