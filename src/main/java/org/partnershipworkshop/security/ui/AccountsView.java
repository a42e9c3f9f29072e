package org.partnershipworkshop.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.ui.Formats;
import org.partnershipworkshop.base.ui.Notifications;
import org.partnershipworkshop.base.ui.Problems;
import org.partnershipworkshop.security.AccountService;
import org.partnershipworkshop.security.AccountSummary;
import org.partnershipworkshop.security.NewAccount;

/** Admins manage who may sign in and with which role. */
@Route("accounts")
@Menu(order = 90, title = "nav.accounts", icon = "USERS")
@RolesAllowed("ADMIN")
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final Grid<AccountSummary> grid = new Grid<>();

    public AccountsView(AccountService accounts) {
        this.accounts = accounts;
        Button add = new Button(getTranslation("accounts.new"), VaadinIcon.PLUS.create(), e -> openNew());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("nav.accounts")), add);
        header.setAlignItems(Alignment.BASELINE);
        grid.addColumn(AccountSummary::username).setHeader(getTranslation("accounts.username")).setAutoWidth(true);
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("accounts.displayName")).setFlexGrow(1);
        grid.addColumn(a -> getTranslation(a.role().labelKey())).setHeader(getTranslation("accounts.role")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation(a.enabled() ? "accounts.active" : "accounts.disabled"))
                .setHeader(getTranslation("accounts.enabled")).setAutoWidth(true);
        grid.addColumn(a -> Formats.time(a.createdAt(), getLocale())).setHeader(getTranslation("accounts.created")).setAutoWidth(true);
        grid.addComponentColumn(a -> {
            Button edit = new Button(VaadinIcon.EDIT.create(), e -> openEdit(a));
            edit.setAriaLabel(getTranslation("action.edit") + " " + a.username());
            edit.addThemeVariants(ButtonVariant.TERTIARY);
            Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(a));
            delete.setAriaLabel(getTranslation("action.delete") + " " + a.username());
            delete.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            return new HorizontalLayout(edit, delete);
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        add(header, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(accounts.list());
    }

    private void openNew() {
        AccountDialog[] dialog = new AccountDialog[1];
        dialog[0] = new AccountDialog(null, input -> {
            try {
                accounts.create(new NewAccount(input.username(), input.displayName(), input.role(), input.password()));
                dialog[0].close();
                Notifications.success(getTranslation("accounts.created.done", input.username()));
                refresh();
            } catch (ValidationFailedException e) {
                dialog[0].showProblems(e);
            }
        });
        dialog[0].open();
    }

    private void openEdit(AccountSummary account) {
        AccountDialog[] dialog = new AccountDialog[1];
        dialog[0] = new AccountDialog(account, input -> {
            try {
                accounts.update(account.id(), input.displayName(), input.role(), input.enabled());
                if (input.password() != null) {
                    accounts.resetPassword(account.id(), input.password());
                }
                dialog[0].close();
                Notifications.success(getTranslation("action.saved"));
                refresh();
            } catch (ValidationFailedException e) {
                dialog[0].showProblems(e);
            }
        });
        dialog[0].open();
    }

    private void confirmDelete(AccountSummary account) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("accounts.delete.title"),
                getTranslation("accounts.delete.text", account.username()), getTranslation("action.delete"), e -> {
            try {
                accounts.delete(account.id());
                refresh();
            } catch (ValidationFailedException ex) {
                Problems.show(this, ex);
            }
        });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.accounts") + " · " + getTranslation("app.name");
    }
}
