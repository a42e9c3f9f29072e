package org.partnershipworkshop.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import java.util.Optional;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.ui.Formats;
import org.partnershipworkshop.base.ui.LanguageSwitch;
import org.partnershipworkshop.base.ui.Problems;
import org.partnershipworkshop.security.LibraryAccountService;
import org.partnershipworkshop.security.PendingInvitation;
import org.partnershipworkshop.security.NewAccount;

/**
 * The page of an invitation link (without an account): the holder of a library's account sees whose account
 * it is and sets its password, once; then signs in. A used, expired or unknown link says so and offers
 * nothing else.
 */
@Route(value = "invitation/:token", autoLayout = false)
@AnonymousAllowed
public class InvitationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LibraryAccountService invitations;
    private final Div card = new Div();
    private String token;

    public InvitationView(LibraryAccountService invitations) {
        this.invitations = invitations;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        card.addClassNames("public-card", "invitation-card");
        card.getStyle().set("max-width", "28rem").set("padding", "var(--lumo-space-l)");
        add(new LanguageSwitch(), card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        Optional<PendingInvitation> invitation = invitations.invitation(token);
        card.removeAll();
        card.add(new H1(getTranslation("invitation.title")));
        invitation.ifPresentOrElse(this::form, this::invalid);
    }

    private void form(PendingInvitation invitation) {
        Paragraph whose = new Paragraph(invitation.libraryName() == null
                ? getTranslation("invitation.account", invitation.username())
                : getTranslation("invitation.accountOf", invitation.username(), invitation.libraryName()));
        whose.addClassName("invitation-whose");
        Paragraph until = new Paragraph(getTranslation("invitation.validUntil", Formats.time(invitation.expiresAt(), getLocale())));
        until.addClassName("invitation-until");
        PasswordField password = new PasswordField(getTranslation("accounts.password"));
        password.setHelperText(getTranslation("accounts.passwordHelp", NewAccount.MIN_PASSWORD));
        password.addClassName("invitation-password");
        password.setWidthFull();
        PasswordField repeat = new PasswordField(getTranslation("invitation.repeat"));
        repeat.addClassName("invitation-repeat");
        repeat.setWidthFull();
        Button save = new Button(getTranslation("invitation.save"), e -> save(password, repeat));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("invitation-save");
        save.addClickShortcut(Key.ENTER);
        card.add(whose, password, repeat, save, until);
    }

    private void save(PasswordField password, PasswordField repeat) {
        password.setInvalid(false);
        repeat.setInvalid(false);
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("invitation.mismatch"));
            repeat.setInvalid(true);
            return;
        }
        try {
            String username = invitations.accept(token, password.getValue());
            card.removeAll();
            card.add(new H1(getTranslation("invitation.title")));
            Paragraph done = new Paragraph(getTranslation("invitation.done", username));
            done.addClassName("invitation-done");
            Anchor signIn = new Anchor("login", getTranslation("invitation.signIn"));
            signIn.addClassName("invitation-sign-in");
            card.add(done, signIn);
        } catch (ValidationFailedException e) {
            Problems.show(this, e, Map.of("password", password));
        }
    }

    private void invalid() {
        Paragraph text = new Paragraph(getTranslation("invitation.invalid"));
        text.addClassName("invitation-invalid");
        card.add(text, new Anchor("login", getTranslation("invitation.signIn")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.title") + " · " + getTranslation("app.name");
    }
}
