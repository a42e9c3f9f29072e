package org.partnershipworkshop.library.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.BiConsumer;
import org.partnershipworkshop.base.ui.FormDialog;
import org.partnershipworkshop.library.LibraryDetails;

/** A new account of the library: its user name (the library's key to start with) and the name it shows. */
class InviteDialog extends FormDialog<InviteDialog.Input> {

    record Input(String username, String displayName) {
    }

    private final TextField username = new TextField();
    private final TextField displayName = new TextField();

    InviteDialog(LibraryDetails library, BiConsumer<String, String> onCreate) {
        super(library.name(), input -> onCreate.accept(input.username(), input.displayName()));
        addClassName("library-invite-dialog");
        setWidth("min(36rem, 96vw)");
        Paragraph help = new Paragraph(getTranslation("library.invite.help"));
        username.setLabel(getTranslation("accounts.username"));
        username.setValue(library.facts().key());
        username.setHelperText(getTranslation("library.invite.username.helper"));
        username.setRequired(true);
        username.addClassName("invite-username");
        displayName.setLabel(getTranslation("accounts.displayName"));
        displayName.setValue(library.name().length() > 300 ? library.name().substring(0, 300) : library.name());
        displayName.setRequired(true);
        displayName.addClassName("invite-display-name");
        FormLayout form = new FormLayout(username, displayName);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(help, form);
    }

    @Override
    protected Input read() {
        return new Input(strip(username.getValue()), strip(displayName.getValue()));
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        return Map.of("username", username, "displayName", displayName);
    }
}
