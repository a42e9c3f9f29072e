package org.partnershipworkshop.canvas.ui;

import com.vaadin.flow.component.HasValidation;
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
