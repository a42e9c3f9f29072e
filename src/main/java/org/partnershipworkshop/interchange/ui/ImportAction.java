package org.partnershipworkshop.interchange.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.partnershipworkshop.base.ui.Notifications;
import org.partnershipworkshop.interchange.InterchangeService;
import org.partnershipworkshop.meeting.ui.MeetingListAction;
import org.partnershipworkshop.base.ui.ImportDialog;


/** "Import meeting" above the list of meetings, for facilitators. */
@org.springframework.stereotype.Component
class ImportAction implements MeetingListAction {

    private final InterchangeService interchange;
    private final AuthenticationContext authentication;

    ImportAction(InterchangeService interchange, AuthenticationContext authentication) {
        this.interchange = interchange;
        this.authentication = authentication;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> create() {
        if (!authentication.hasRole("FACILITATOR")) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        Button button = new Button(ui.getTranslation("import.button"), VaadinIcon.UPLOAD.create(),
                e -> new ImportDialog(ui.getTranslation("import.title"), ui.getTranslation("import.help"),
                        interchange::importMeeting, id -> {
                    Notifications.success(ui.getTranslation("import.done"));
                    ui.navigate("meetings/" + id);
                }).open());
        button.addClassName("import-button");
        return Optional.of(button);
    }
}
