package org.partnershipworkshop.canvas.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.canvas.Note;

/** A sticky note: one paragraph of text. */
class NoteEditor extends EntryEditor<Note> {

    private final TextArea text = new TextArea();

    NoteEditor(String ariaLabel, String placeholder) {
        addClassName("note-editor");
        text.setMaxLength(Limits.TEXT);
        text.setAriaLabel(ariaLabel);
        text.setPlaceholder(placeholder);
        text.setWidthFull();
        text.setMinRows(1);
        add(text);
    }

    @Override
    void show(Note entry) {
        text.setValue(entry.text());
    }

    /** Puts raw text back into the box (text a rule refused, so the user can fix it). */
    void restoreTyped(String value) {
        text.setValue(value);
    }

    @Override
    Note read() {
        return new Note(strip(text.getValue()));
    }

    @Override
    boolean isBlank() {
        return text.getValue().isBlank();
    }

    @Override
    void clear() {
        text.clear();
    }

    @Override
    void focus() {
        text.focus();
    }

    @Override
    void setReadOnly(boolean readOnly) {
        text.setReadOnly(readOnly);
    }

    @Override
    boolean multiline() {
        return true;
    }

    @Override
    Map<String, HasValidation> inputs() {
        return Map.of("text", text);
    }
}
