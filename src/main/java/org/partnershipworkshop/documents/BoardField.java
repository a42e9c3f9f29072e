package org.partnershipworkshop.documents;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.partnershipworkshop.canvas.BoardArea;
import org.partnershipworkshop.canvas.CanvasEntry;
import org.partnershipworkshop.canvas.FieldKind;

/** A field of a group's board: its label and guiding question, place, entries and (for resources) totals per currency. */
public record BoardField(String id, String label, String question, FieldKind kind, BoardArea area,
                         List<CanvasEntry> entries, Map<String, BigDecimal> totals) {

    public BoardField {
        entries = List.copyOf(entries);
        totals = Collections.unmodifiableMap(new TreeMap<>(totals));
    }
}
