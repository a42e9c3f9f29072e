package org.partnershipworkshop.library.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.partnershipworkshop.base.PublicAddress;
import org.partnershipworkshop.base.ui.Formats;
import org.partnershipworkshop.base.ui.Notifications;
import org.partnershipworkshop.library.LibraryDetails;
import org.partnershipworkshop.security.Invitation;
import org.partnershipworkshop.security.LibraryAccount;
import org.partnershipworkshop.security.LibraryAccountService;

/**
 * The accounts of a library on its page, for coordinators: who they are, whether the password is set, until
 * when the invitation link works; invite a new account, give an account a new link, disable or enable one.
 * Links are shown once, to be passed on by the coordinator (the product sends no e-mail).
 */
class AccountsPart extends Div {

    private final LibraryAccountService accounts;
    private final PublicAddress address;
    private final LibraryDetails library;
    private final Grid<LibraryAccount> grid = new Grid<>();
    private final Paragraph none = new Paragraph();

    AccountsPart(LibraryAccountService accounts, PublicAddress address, LibraryDetails library) {
        this.accounts = accounts;
        this.address = address;
        this.library = library;
        addClassName("library-accounts");
        Paragraph help = new Paragraph(getTranslation("library.accounts.help"));
        help.addClassName("library-accounts-help");
        Button invite = new Button(getTranslation("library.accounts.invite"), VaadinIcon.USER_CHECK.create(), e -> invite());
        invite.addClassName("library-invite");
        invite.setEnabled(!library.archived());
        none.setText(getTranslation(library.archived() ? "library.accounts.archived" : "library.accounts.none"));
        none.addClassName("library-accounts-none");
        grid.addThemeVariants(GridVariant.NO_BORDER, GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.addClassName("library-accounts-grid");
        grid.addColumn(a -> a.account().username()).setHeader(getTranslation("accounts.username")).setAutoWidth(true);
        grid.addColumn(a -> a.account().displayName()).setHeader(getTranslation("accounts.displayName")).setFlexGrow(1);
        grid.addColumn(this::status).setHeader(getTranslation("library.accounts.status")).setFlexGrow(1);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        add(help, grid, none, invite);
        refresh();
    }

    private void refresh() {
        var list = accounts.accounts(library.id());
        grid.setItems(list);
        grid.setVisible(!list.isEmpty());
        none.setVisible(list.isEmpty());
    }

    private String status(LibraryAccount a) {
        String state = !a.account().enabled() ? getTranslation("library.accounts.disabled")
                : a.passwordSet() ? getTranslation("library.accounts.active") : getTranslation("library.accounts.waiting");
        return a.invitationValidUntil() == null ? state
                : state + " · " + getTranslation("library.accounts.linkUntil", Formats.time(a.invitationValidUntil(), getLocale()));
    }

    private HorizontalLayout actions(LibraryAccount a) {
        Button link = new Button(getTranslation("library.accounts.newLink"), VaadinIcon.LINK.create(), e -> {
            show(accounts.invite(a.account().id()));
            refresh();
        });
        link.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        link.addClassName("library-account-link");
        link.setEnabled(a.account().enabled());
        boolean enabled = a.account().enabled();
        Button toggle = new Button(getTranslation(enabled ? "library.accounts.disable" : "library.accounts.enable"), e -> {
            accounts.setEnabled(a.account().id(), !enabled);
            Notifications.success(getTranslation(enabled ? "library.accounts.disabled.done" : "library.accounts.enabled.done",
                    a.account().username()));
            refresh();
        });
        toggle.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        if (enabled) {
            toggle.addThemeVariants(ButtonVariant.ERROR);
        }
        toggle.addClassName("library-account-toggle");
        return new HorizontalLayout(link, toggle);
    }

    private void invite() {
        new InviteDialog(library, (username, displayName) -> {
            Invitation invitation = accounts.create(library.id(), username, displayName);
            refresh();
            show(invitation);
        }).open();
    }

    private void show(Invitation invitation) {
        new InvitationLinkDialog(invitation, address.link(invitation.path())).open();
    }
}
