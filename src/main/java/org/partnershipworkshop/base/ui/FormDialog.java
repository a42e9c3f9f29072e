package org.partnershipworkshop.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.Map;
import java.util.function.Consumer;
import org.partnershipworkshop.base.ValidationFailedException;

/**
 * A dialog that edits one value and hands it back by callback; the view's callback calls the service.
 * A broken rule, from the domain record or from the service, is shown at its field and the dialog stays
 * open with everything the user typed.
 */
public abstract class FormDialog<T> extends Dialog {

    private final Consumer<T> onSave;

    protected FormDialog(String title, Consumer<T> onSave) {
        this.onSave = onSave;
        setHeaderTitle(title);
        setCloseOnOutsideClick(false);
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("dialog-save");
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.addClassName("dialog-cancel");
        getFooter().add(cancel, save);
    }

    /** The value the inputs describe; domain records throw {@link ValidationFailedException} on broken rules. */
    protected abstract T read();

    /** Inputs by the name used in violation paths. */
    protected abstract Map<String, ? extends HasValidation> fields();

    private void save() {
        fields().values().forEach(f -> f.setInvalid(false));
        try {
            onSave.accept(read());
            close();
        } catch (ValidationFailedException e) {
            Problems.show(this, e, fields());
        }
    }

    protected static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    /** One item per non-empty line. */
    protected static java.util.List<String> lines(String text) {
        return text == null ? java.util.List.of()
                : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
