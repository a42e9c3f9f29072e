package org.partnershipworkshop.interchange.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.function.Consumer;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.ui.Problems;

/**
 * Uploads a meeting document ({@code workshop-meeting/1}). The dialog hands the bytes to the view's
 * callback; a refused document is listed problem by problem with its JSON path, and nothing is written.
 */
class ImportDialog extends Dialog {

    /** Imports the document and returns the new meeting's id; throws with the problems when refused. */
    interface Importer {
        long importMeeting(byte[] document);
    }

    private final Div problems = new Div();

    ImportDialog(Importer importer, Consumer<Long> onImported) {
        setHeaderTitle(getTranslation("import.title"));
        setWidth("min(44rem, 96vw)");
        Paragraph help = new Paragraph(getTranslation("import.help"));
        Upload upload = new Upload();
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(Limits.DOCUMENT_BYTES);
        upload.addFileRejectedListener(e -> showText(getTranslation("error.documentTooLarge", Limits.DOCUMENT_BYTES / (1024 * 1024))));
        UI ui = UI.getCurrent();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, data) -> ui.access(() -> {
            try {
                long id = importer.importMeeting(data);
                close();
                onImported.accept(id);
            } catch (ValidationFailedException e) {
                showProblems(e);
                upload.clearFileList();
            }
        })));
        problems.addClassName("import-problems");
        problems.getElement().setAttribute("role", "alert");
        add(help, upload, problems);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    private void showProblems(ValidationFailedException e) {
        problems.removeAll();
        problems.add(new Paragraph(getTranslation("import.refused", e.violations().size())));
        UnorderedList list = new UnorderedList();
        e.violations().forEach(v -> list.add(new ListItem(Problems.describe(this, v))));
        problems.add(list);
    }

    private void showText(String text) {
        problems.removeAll();
        problems.add(new Paragraph(text));
    }
}
