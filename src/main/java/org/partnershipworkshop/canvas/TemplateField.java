package org.partnershipworkshop.canvas;

import java.util.Map;
import org.partnershipworkshop.base.Language;

/** A field of a canvas template: its id, kind, place on the board, and label and guiding question per language. */
public record TemplateField(String id, FieldKind kind, BoardArea area,
                            Map<Language, String> labels, Map<Language, String> questions) {

    public TemplateField {
        labels = Map.copyOf(labels);
        questions = Map.copyOf(questions);
    }

    public String label(Language language) {
        return labels.get(language);
    }

    public String question(Language language) {
        return questions.get(language);
    }
}
