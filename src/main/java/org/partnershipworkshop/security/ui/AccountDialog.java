package org.partnershipworkshop.security.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.ui.Problems;
import org.partnershipworkshop.security.AccountSummary;
import org.partnershipworkshop.security.NewAccount;
import org.partnershipworkshop.security.Role;

/** Creates an account or edits one; hands the result back to the view, which calls the service. */
class AccountDialog extends Dialog {

    /** What the admin entered: for a new account all of it, for an existing one the password is null unless reset. */
    record Input(String username, String displayName, Role role, boolean enabled, String password) {
    }

    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final Select<Role> role = new Select<>();
    private final Checkbox enabled = new Checkbox();
    private final PasswordField password = new PasswordField();

    AccountDialog(AccountSummary existing, Consumer<Input> onSave) {
        setHeaderTitle(getTranslation(existing == null ? "accounts.new" : "accounts.edit"));
        username.setLabel(getTranslation("accounts.username"));
        username.setRequired(true);
        displayName.setLabel(getTranslation("accounts.displayName"));
        displayName.setRequired(true);
        role.setLabel(getTranslation("accounts.role"));
        // a library's account is made on its library's page and stays a library's account
        boolean library = existing != null && existing.role() == Role.LIBRARY;
        role.setItems(library ? java.util.List.of(Role.LIBRARY) : Role.assignable());
        role.setReadOnly(library);
        role.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        enabled.setLabel(getTranslation("accounts.enabled"));
        password.setLabel(getTranslation(existing == null ? "accounts.password" : "accounts.newPassword"));
        password.setHelperText(getTranslation("accounts.passwordHelp", NewAccount.MIN_PASSWORD));
        if (existing != null) {
            username.setValue(existing.username());
            username.setReadOnly(true);
            displayName.setValue(existing.displayName());
            role.setValue(existing.role());
            enabled.setValue(existing.enabled());
        } else {
            role.setValue(Role.FACILITATOR);
            enabled.setValue(true);
            enabled.setVisible(false);
        }
        FormLayout form = new FormLayout(username, displayName, role, enabled, password);
        add(form);
        Button save = new Button(getTranslation("action.save"), e -> onSave.accept(new Input(username.getValue().strip(),
                displayName.getValue().strip(), role.getValue(), enabled.getValue(),
                password.getValue().isEmpty() ? null : password.getValue())));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    void showProblems(ValidationFailedException e) {
        Map<String, HasValidation> fields = Map.of("username", username, "displayName", displayName,
                "role", role, "password", password);
        Problems.show(this, e, fields);
    }
}
