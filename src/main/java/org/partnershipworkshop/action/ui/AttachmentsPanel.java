package org.partnershipworkshop.action.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import org.partnershipworkshop.action.ActionFile;
import org.partnershipworkshop.action.AttachmentService;
import org.partnershipworkshop.action.ReportAttachment;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.ui.Notifications;
import org.partnershipworkshop.base.ui.Problems;
import org.partnershipworkshop.base.ui.Uploads;

/** The report's attachments: photos and documents, each downloadable; added and removed while the report is open. */
class AttachmentsPanel extends Div {

    private final AttachmentService attachments;
    private final long actionId;
    private final long libraryId;
    private final boolean editable;
    private final Div list = new Div();

    AttachmentsPanel(AttachmentService attachments, long actionId, long libraryId, boolean editable) {
        this.attachments = attachments;
        this.actionId = actionId;
        this.libraryId = libraryId;
        this.editable = editable;
        addClassName("action-attachments");
        add(new H4(getTranslation("action.attachments.title")));
        list.addClassName("action-attachment-list");
        add(list);
        if (editable) {
            Upload upload = Uploads.localized(new Upload());
            upload.addClassName("action-attachment-upload");
            upload.setAcceptedFileTypes("image/png", "image/jpeg", "application/pdf", ".png", ".jpg", ".jpeg", ".pdf", ".docx", ".xlsx");
            upload.setMaxFileSize(Limits.DOCUMENT_BYTES);
            upload.setDropLabel(new Span(getTranslation("action.attachments.help", Limits.DOCUMENT_BYTES / (1024 * 1024))));
            UI ui = UI.getCurrent();
            upload.setUploadHandler(UploadHandler.inMemory((metadata, data) -> ui.access(() -> {
                try {
                    attachments.attach(actionId, libraryId, metadata.fileName(), data);
                    Notifications.success(getTranslation("action.attachments.added"));
                } catch (ValidationFailedException e) {
                    Problems.show(this, e);
                }
                upload.clearFileList();
                show();
            })));
            add(upload);
        }
        show();
    }

    private void show() {
        list.removeAll();
        var all = attachments.attachments(actionId, libraryId);
        if (all.isEmpty()) {
            Span none = new Span(getTranslation("action.attachments.none"));
            none.addClassName("action-quiet");
            list.add(none);
        }
        for (ReportAttachment a : all) {
            Anchor file = new Anchor(DownloadHandler.fromInputStream(event -> {
                ActionFile f = attachments.attachment(actionId, libraryId, a.id());
                return new DownloadResponse(new ByteArrayInputStream(f.content()), f.fileName(), f.mediaType(), f.content().length);
            }), a.fileName());
            file.getElement().setAttribute("download", true);
            Span size = new Span(getTranslation("action.attachments.size", Math.max(1, a.size() / 1024)));
            size.addClassName("action-quiet");
            Div line = new Div(file, size);
            line.addClassName("action-attachment");
            if (editable) {
                Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                    try {
                        attachments.remove(actionId, libraryId, a.id());
                    } catch (ValidationFailedException ex) {
                        Problems.show(this, ex);
                    }
                    show();
                });
                remove.addThemeVariants(ButtonVariant.TERTIARY);
                remove.setAriaLabel(getTranslation("action.remove"));
                line.add(remove);
            }
            list.add(line);
        }
    }
}
