package org.partnershipworkshop.canvas;

import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.Rules;

/** A sticky note of a {@code notes} field: one paragraph. */
public record Note(String text) implements CanvasEntry {

    public Note {
        text = Rules.required(text, "text", Limits.TEXT);
    }

    @Override
    public FieldKind kind() {
        return FieldKind.NOTES;
    }

    @Override
    public String headline() {
        return text;
    }
}
