package org.partnershipworkshop.interchange.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import org.partnershipworkshop.interchange.InterchangeService;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.ui.MeetingPageAction;

/** "Export (JSON)" on a meeting's page: downloads the meeting as a workshop-meeting/1 document. */
@org.springframework.stereotype.Component
class ExportAction implements MeetingPageAction {

    private final InterchangeService interchange;
    private final AuthenticationContext authentication;

    ExportAction(InterchangeService interchange, AuthenticationContext authentication) {
        this.interchange = interchange;
        this.authentication = authentication;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Optional<Component> create(MeetingDetails meeting) {
        if (!authentication.hasRole("MANAGER")) {
            return Optional.empty(); // a table at its laptop reads the meeting but does not export it
        }
        UI ui = UI.getCurrent();
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] document = interchange.exportBytes(meeting.id());
            return new DownloadResponse(new ByteArrayInputStream(document), fileName(meeting), "application/json",
                    document.length);
        }), "");
        download.getElement().setAttribute("download", true);
        Button button = new Button(ui.getTranslation("export.button"), VaadinIcon.DOWNLOAD.create());
        button.setTabIndex(-1);
        download.add(button);
        download.addClassName("export-link");
        return Optional.of(download);
    }

    static String fileName(MeetingDetails meeting) {
        return "meeting-" + meeting.id() + "-" + meeting.facts().startDate() + ".json";
    }
}
