package org.partnershipworkshop.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.BrowserlessTest;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.security.AccountService;
import org.partnershipworkshop.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** An admin gives a colleague an account in the UI; a weak password is refused at its field. */
@BrowserlessTest
@WithMockUser(username = "admin", roles = {"ADMIN", "FACILITATOR", "MANAGER"})
class AccountsViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    private Button button(String key) {
        String label = getCurrentView().getElement().getComponent().orElseThrow().getTranslation(key);
        return $(Button.class).all().stream().filter(b -> label.equals(b.getText())).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void anAdminCreatesAFacilitatorAccount() {
        navigate(AccountsView.class);
        String username = "maria" + System.nanoTime() % 100000;
        test(button("accounts.new")).click();
        test($(TextField.class).first()).setValue(username);
        test($(TextField.class).all().get(1)).setValue("Мария Петрова");
        // a new account is a facilitator unless the admin picks another role
        assertThat($(Select.class, $(AccountDialog.class).single()).first().getValue()).isEqualTo(Role.FACILITATOR);
        PasswordField password = $(PasswordField.class).first();
        test(password).setValue("short");
        test(button("action.save")).click();
        assertThat(password.isInvalid()).isTrue();
        assertThat(SystemTask.run(() -> accounts.list())).noneMatch(a -> a.username().equals(username));

        test(password).setValue("a-long-enough-password");
        test(button("action.save")).click();
        assertThat(SystemTask.run(() -> accounts.list())).anySatisfy(a -> {
            assertThat(a.username()).isEqualTo(username);
            assertThat(a.role()).isEqualTo(Role.FACILITATOR);
            assertThat(a.displayName()).isEqualTo("Мария Петрова");
        });
    }
}
