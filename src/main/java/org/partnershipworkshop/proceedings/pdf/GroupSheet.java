package org.partnershipworkshop.proceedings.pdf;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.partnershipworkshop.documents.BoardField;

/**
 * One table's canvas as the proceedings show it: the board's grid ({@code columns} × {@code rows}) with
 * every field of the template in its place, labels already in the meeting's language.
 */
public record GroupSheet(int number, String name, List<String> members, String templateName, int columns, int rows,
                         List<BoardField> fields, Map<String, BigDecimal> totals) {

    public GroupSheet {
        members = List.copyOf(members);
        fields = List.copyOf(fields);
        totals = Collections.unmodifiableMap(new TreeMap<>(totals));
    }

    public int entryCount() {
        return fields.stream().mapToInt(f -> f.entries().size()).sum();
    }
}
