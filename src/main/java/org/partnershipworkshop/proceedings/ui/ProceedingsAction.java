package org.partnershipworkshop.proceedings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.ui.MeetingPageAction;
import org.partnershipworkshop.proceedings.ProceedingsFile;
import org.partnershipworkshop.proceedings.ProceedingsService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * "Proceedings (PDF)" on a meeting's page, for managers and above. The PDF is laid out on a virtual
 * thread (with the user's rights), the dialog shows the progress through server push, then the download.
 */
@org.springframework.stereotype.Component
class ProceedingsAction implements MeetingPageAction {

    private static final Logger log = LoggerFactory.getLogger(ProceedingsAction.class);

    private final ProceedingsService proceedings;
    private final AuthenticationContext authentication;

    ProceedingsAction(ProceedingsService proceedings, AuthenticationContext authentication) {
        this.proceedings = proceedings;
        this.authentication = authentication;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Optional<Component> create(MeetingDetails meeting) {
        if (!authentication.hasRole("MANAGER")) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        Button button = new Button(ui.getTranslation("proceedings.button"), VaadinIcon.FILE_TEXT_O.create(),
                e -> generate(ui, meeting.id()));
        button.addClassName("proceedings-button");
        return Optional.of(button);
    }

    private void generate(UI ui, long meetingId) {
        AtomicBoolean cancelled = new AtomicBoolean();
        ProceedingsDialog dialog = new ProceedingsDialog(() -> cancelled.set(true));
        dialog.open();
        Runnable work = () -> {
            try {
                ProceedingsFile file = proceedings.generate(meetingId, (done, total) -> {
                    if (cancelled.get()) {
                        throw new CancellationException("closed by the user");
                    }
                    update(ui, () -> dialog.progress(done, total));
                });
                DownloadHandler download = DownloadHandler.fromInputStream(event -> new DownloadResponse(
                        new ByteArrayInputStream(file.content()), file.fileName(), ProceedingsFile.MEDIA_TYPE,
                        file.content().length));
                update(ui, () -> dialog.ready(file.pages(), file.content().length, download));
            } catch (CancellationException e) {
                log.debug("Proceedings of meeting {} cancelled", meetingId);
            } catch (RuntimeException e) {
                log.error("Proceedings of meeting {} failed", meetingId, e);
                update(ui, dialog::failed);
            }
        };
        Thread.ofVirtual().name("proceedings-" + meetingId).start(new DelegatingSecurityContextRunnable(work));
    }

    private static void update(UI ui, Runnable change) {
        try {
            ui.access(change::run);
        } catch (UIDetachedException e) {
            // the user left the page; nothing to show
        }
    }
}
