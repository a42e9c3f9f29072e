package org.partnershipworkshop.library.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import org.partnershipworkshop.base.ui.Formats;
import org.partnershipworkshop.base.ui.Notifications;
import org.partnershipworkshop.security.Invitation;

/** Shows an invitation link once: the coordinator copies it and passes it on to the library. */
class InvitationLinkDialog extends Dialog {

    InvitationLinkDialog(Invitation invitation, String link) {
        setHeaderTitle(getTranslation("library.invitation.title", invitation.account().username()));
        setWidth("min(44rem, 96vw)");
        addClassName("invitation-link-dialog");
        Paragraph text = new Paragraph(getTranslation("library.invitation.text", invitation.account().username(),
                Formats.time(invitation.expiresAt(), getLocale())));
        TextField field = new TextField();
        field.setValue(link);
        field.setReadOnly(true);
        field.setWidthFull();
        field.setAriaLabel(getTranslation("library.invitation.link"));
        field.addClassName("invitation-link");
        field.addFocusListener(e -> field.getElement().executeJs("this.inputElement.select()"));
        Button copy = new Button(getTranslation("library.invitation.copy"), VaadinIcon.COPY_O.create(), e -> {
            e.getSource().getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", link);
            Notifications.success(getTranslation("library.invitation.copied"));
        });
        copy.addClassName("invitation-copy");
        Paragraph once = new Paragraph(getTranslation("library.invitation.once"));
        once.addClassName("invitation-once");
        add(text, field, once);
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(copy, close);
    }
}
