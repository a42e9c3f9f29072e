package org.partnershipworkshop.meeting.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.partnershipworkshop.base.ui.FormDialog;

/** Asks for one line of text, such as a session's title. */
class TextDialog extends FormDialog<String> {

    private final TextField text = new TextField();

    TextDialog(String heading, String label, String initial, Consumer<String> onSave) {
        super(heading, onSave);
        setWidth("min(36rem, 96vw)");
        text.setLabel(label);
        text.setRequired(true);
        text.setMaxLength(Limits.TEXT);
        text.setWidthFull();
        text.setValue(initial == null ? "" : initial);
        add(text);
        text.focus();
    }

    @Override
    protected String read() {
        if (text.getValue().isBlank()) {
            throw new ValidationFailedException(Violation.of("title", "error.required"));
        }
        return strip(text.getValue());
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        return Map.of("title", text);
    }
}
