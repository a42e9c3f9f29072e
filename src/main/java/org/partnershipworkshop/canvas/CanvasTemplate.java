package org.partnershipworkshop.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.Violation;

/** A canvas template loaded from {@code workshop-templates/}: the fields of a board and how to lay them out. */
public record CanvasTemplate(String id, int version, Map<Language, String> names, int boardColumns,
                             List<TemplateField> fields) {

    public CanvasTemplate {
        names = Map.copyOf(names);
        fields = List.copyOf(fields);
    }

    public String name(Language language) {
        return names.get(language);
    }

    public Optional<TemplateField> field(String fieldId) {
        return fields.stream().filter(f -> f.id().equals(fieldId)).findFirst();
    }

    public int boardRows() {
        return fields.stream().mapToInt(f -> f.area().row() + f.area().rowSpan() - 1).max().orElse(1);
    }

    /** Whether a canvas fits this template: known field ids, entries of the field's kind. */
    public List<Violation> check(Canvas canvas) {
        List<Violation> problems = new ArrayList<>();
        canvas.fields().forEach((fieldId, entries) -> {
            Optional<TemplateField> field = field(fieldId);
            if (field.isEmpty()) {
                problems.add(Violation.of(fieldId, "error.unknownField", fieldId, id));
                return;
            }
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i).kind() != field.get().kind()) {
                    problems.add(Violation.of(fieldId + "[" + i + "]", "error.wrongEntryKind", field.get().kind().id()));
                }
            }
        });
        return problems;
    }
}
