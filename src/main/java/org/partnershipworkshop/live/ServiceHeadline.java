package org.partnershipworkshop.live;

import java.util.List;
import org.partnershipworkshop.canvas.Canvas;
import org.partnershipworkshop.canvas.CanvasEntry;
import org.partnershipworkshop.canvas.CanvasTemplate;
import org.partnershipworkshop.canvas.TemplateField;

/**
 * The line that names a table's work on the projector and the ballot: the first entry of the template's
 * naming field ("service" on the smart diagram, "name" on a practice passport), else of its first filled field.
 */
public final class ServiceHeadline {

    static final List<String> NAMING_FIELDS = List.of("service", "name");

    private ServiceHeadline() {
    }

    public static String of(CanvasTemplate template, Canvas canvas) {
        for (String fieldId : NAMING_FIELDS) {
            if (template.field(fieldId).isPresent() && !canvas.entries(fieldId).isEmpty()) {
                return canvas.entries(fieldId).getFirst().headline();
            }
        }
        return template.fields().stream().map(TemplateField::id).map(canvas::entries).filter(e -> !e.isEmpty())
                .findFirst().map(List::getFirst).map(CanvasEntry::headline).orElse(null);
    }

    /** The field {@link #of} reads, for labelling it. */
    public static TemplateField field(CanvasTemplate template, Canvas canvas) {
        for (String fieldId : NAMING_FIELDS) {
            if (template.field(fieldId).isPresent() && !canvas.entries(fieldId).isEmpty()) {
                return template.field(fieldId).orElseThrow();
            }
        }
        return template.fields().stream().filter(f -> !canvas.entries(f.id()).isEmpty()).findFirst()
                .orElse(template.fields().getFirst());
    }
}
