package org.partnershipworkshop.interchange.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.ui.Notifications;
import org.partnershipworkshop.base.ui.Problems;
import org.partnershipworkshop.interchange.InterchangeService;

/** Admins download a backup of every meeting (and the partner registry) and restore one into an empty installation. */
@Route("backup")
@Menu(order = 96, title = "nav.backup", icon = "ARCHIVE")
@RolesAllowed("ADMIN")
public class BackupView extends VerticalLayout implements HasDynamicTitle {

    private final Div result = new Div();

    public BackupView(InterchangeService interchange) {
        add(new H2(getTranslation("nav.backup")));

        add(new H3(getTranslation("backup.download.title")), new Paragraph(getTranslation("backup.download.help")));
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] zip = interchange.backup();
            return new DownloadResponse(new ByteArrayInputStream(zip), "workshop-backup-" + LocalDate.now() + ".zip",
                    "application/zip", zip.length);
        }), "");
        download.getElement().setAttribute("download", true);
        Button downloadButton = new Button(getTranslation("backup.download"), VaadinIcon.DOWNLOAD.create());
        downloadButton.addThemeVariants(ButtonVariant.PRIMARY);
        downloadButton.setTabIndex(-1);
        download.add(downloadButton);
        add(download);

        add(new H3(getTranslation("backup.restore.title")), new Paragraph(getTranslation("backup.restore.help")));
        Upload upload = org.partnershipworkshop.base.ui.Uploads.localized(new Upload());
        upload.setAcceptedFileTypes("application/zip", ".zip");
        upload.setMaxFiles(1);
        UI ui = UI.getCurrent();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, data) -> ui.access(() -> {
            result.removeAll();
            try {
                int restored = interchange.restore(data);
                Notifications.success(getTranslation("backup.restored", restored));
                result.add(new Paragraph(getTranslation("backup.restored", restored)));
            } catch (ValidationFailedException e) {
                result.add(new Paragraph(getTranslation("backup.refused")));
                UnorderedList problems = new UnorderedList();
                e.violations().forEach(v -> problems.add(new ListItem(Problems.describe(this, v))));
                result.add(problems);
            }
            upload.clearFileList();
        })));
        result.addClassName("import-problems");
        result.getElement().setAttribute("role", "status");
        add(upload, result);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.backup") + " · " + getTranslation("app.name");
    }
}
