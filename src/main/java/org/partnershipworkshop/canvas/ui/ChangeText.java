package org.partnershipworkshop.canvas.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.canvas.CanvasChanges;
import org.partnershipworkshop.canvas.CanvasChanges.FieldChange;
import org.partnershipworkshop.canvas.CanvasChanges.Replaced;
import org.partnershipworkshop.canvas.CanvasEntry;
import org.partnershipworkshop.canvas.CanvasTemplate;
import org.partnershipworkshop.canvas.TemplateField;

/** Canvas changes in words, one line per change: "Goal: “old” → “new”", "Partners: added “Municipality”". */
final class ChangeText {

    private static final int QUOTED = 70;

    private ChangeText() {
    }

    static List<String> lines(Component ui, CanvasChanges changes, CanvasTemplate template, Language language) {
        List<String> lines = new ArrayList<>();
        for (FieldChange change : inBoardOrder(changes, template)) {
            String field = label(template, change.fieldId(), language);
            for (Replaced replaced : change.changed()) {
                lines.add(ui.getTranslation("canvas.change.changed", field, quote(replaced.before()), quote(replaced.after())));
            }
            for (CanvasEntry entry : change.added()) {
                lines.add(ui.getTranslation("canvas.change.added", field, quote(entry)));
            }
            for (CanvasEntry entry : change.removed()) {
                lines.add(ui.getTranslation("canvas.change.removed", field, quote(entry)));
            }
            if (change.reordered()) {
                lines.add(ui.getTranslation("canvas.change.reordered", field));
            }
        }
        return lines;
    }

    /** A short count per field for a list of revisions: "Goal +1 · Partners ±2". */
    static String summary(Component ui, CanvasChanges changes, CanvasTemplate template, Language language) {
        if (changes.isEmpty()) {
            return ui.getTranslation("canvas.change.none");
        }
        List<String> parts = new ArrayList<>();
        for (FieldChange change : inBoardOrder(changes, template)) {
            String field = label(template, change.fieldId(), language);
            parts.add(ui.getTranslation("canvas.change.count", field, change.added().size(), change.removed().size(),
                    change.changed().size() + (change.reordered() ? 1 : 0)));
        }
        return String.join(" · ", parts);
    }

    /** The template's order, as the board reads: left to right, top to bottom of the paper diagram. */
    private static List<FieldChange> inBoardOrder(CanvasChanges changes, CanvasTemplate template) {
        List<String> order = template.fields().stream().map(TemplateField::id).toList();
        return changes.fields().stream().sorted(Comparator.comparingInt(c -> order.indexOf(c.fieldId()) < 0
                ? Integer.MAX_VALUE : order.indexOf(c.fieldId()))).toList();
    }

    private static String label(CanvasTemplate template, String fieldId, Language language) {
        return template.field(fieldId).map(f -> f.label(language)).orElse(fieldId);
    }

    private static String quote(CanvasEntry entry) {
        String text = entry.headline() == null ? "" : entry.headline().strip().replaceAll("\\s+", " ");
        return text.length() > QUOTED ? text.substring(0, QUOTED - 1) + "…" : text;
    }
}
