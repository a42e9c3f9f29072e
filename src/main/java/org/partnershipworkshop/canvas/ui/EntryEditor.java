package org.partnershipworkshop.canvas.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import java.util.Map;
import org.partnershipworkshop.canvas.CanvasEntry;

/**
 * The inputs of one canvas entry (a note, a resource, a partner, an indicator). It only shows and reads
 * values; when to save is the row's business.
 */
abstract class EntryEditor<T extends CanvasEntry> extends Div {

    /** Shows an entry; values the user is typing are replaced, so callers skip a focused row. */
    abstract void show(T entry);

    /** The entry the inputs describe; throws {@code ValidationFailedException} when they break a rule. */
    abstract T read();

    /** True when every input is empty: an emptied entry is removed, an empty new one is not added. */
    abstract boolean isBlank();

    abstract void clear();

    abstract void focus();

    abstract void setReadOnly(boolean readOnly);

    /** Inputs by the name the domain uses in a violation's path, to show a broken rule where it belongs. */
    abstract Map<String, HasValidation> inputs();

    /** Runs the action when the user changed an input (on blur or Enter, as the inputs sync on change). */
    void onUserChange(Runnable action) {
        inputs().values().forEach(input -> {
            if (input instanceof HasValue<?, ?> value) {
                value.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        action.run();
                    }
                });
            }
        });
        extraInputs().forEach(input -> input.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                action.run();
            }
        }));
        // A typed value that is not among the suggestions is set by the server, so it is no client change.
        customValueInputs().forEach(box -> box.addCustomValueSetListener(e -> action.run()));
    }

    /** Combo boxes that accept typed values; the subclass's own listener must set the value first. */
    java.util.List<ComboBox<String>> customValueInputs() {
        return java.util.List.of();
    }

    /** Inputs that take part in a change but never carry a violation (a type select, a currency). */
    java.util.List<HasValue<?, ?>> extraInputs() {
        return java.util.List.of();
    }

    /** Multi-line inputs need Enter to commit instead of starting a new line. */
    boolean multiline() {
        return false;
    }

    void clearProblems() {
        inputs().values().forEach(i -> i.setInvalid(false));
    }

    static String text(String value) {
        return value == null ? "" : value;
    }

    static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
