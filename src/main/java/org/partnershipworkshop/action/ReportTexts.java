package org.partnershipworkshop.action;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnershipworkshop.canvas.Canvas;
import org.partnershipworkshop.canvas.CanvasEntry;
import org.partnershipworkshop.canvas.DocumentSnapshot;
import org.partnershipworkshop.canvas.Note;

/** A report's text between its document (notes per field) and its sections as paragraphs. */
final class ReportTexts {

    private ReportTexts() {
    }

    /** Every section of the report, in the template's order, with its paragraphs (empty when none). */
    static Map<String, List<String>> sections(DocumentSnapshot text) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        LibraryReport.SECTIONS.forEach(id -> sections.put(id, List.of()));
        if (text != null) {
            text.canvas().fields().forEach((id, entries) -> sections.put(id, entries.stream()
                    .filter(Note.class::isInstance).map(e -> ((Note) e).text()).toList()));
        }
        return sections;
    }

    /** The document of these sections (paragraphs become notes). */
    static Canvas canvas(Map<String, List<String>> sections) {
        Map<String, List<CanvasEntry>> fields = new LinkedHashMap<>();
        sections.forEach((id, paragraphs) -> fields.put(id, paragraphs.stream().map(p -> (CanvasEntry) new Note(p)).toList()));
        return new Canvas(fields);
    }
}
