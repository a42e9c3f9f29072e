package org.partnershipworkshop.base.ui;

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

/**
 * Uploads a document (a meeting as {@code workshop-meeting/1}, a practice as {@code workshop-practice/1}, a
 * region's libraries as CSV or {@code workshop-libraries/1}).
 * The dialog hands the bytes to the caller's importer; a refused document is listed problem by problem with
 * its JSON path, and nothing is written.
 */
public class ImportDialog extends Dialog {

    /** Imports the document and returns the new item's id; throws with the problems when refused. */
    public interface Importer {
        long importDocument(byte[] document);
    }

    private final Div problems = new Div();
    private final Upload upload = Uploads.localized(new Upload());

    /** A dialog titled {@code title} that explains what to upload in {@code help}. */
    public ImportDialog(String title, String help, Importer importer, Consumer<Long> onImported) {
        setHeaderTitle(title);
        setWidth("min(44rem, 96vw)");
        Paragraph helpText = new Paragraph(help);
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(Limits.DOCUMENT_BYTES);
        upload.addFileRejectedListener(e -> showText(getTranslation("error.documentTooLarge", Limits.DOCUMENT_BYTES / (1024 * 1024))));
        UI ui = UI.getCurrent();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, data) -> ui.access(() -> {
            try {
                long id = importer.importDocument(data);
                close();
                onImported.accept(id);
            } catch (ValidationFailedException e) {
                showProblems(e);
                upload.clearFileList();
            }
        })));
        problems.addClassName("import-problems");
        problems.getElement().setAttribute("role", "alert");
        add(helpText, upload, problems);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    /** Accepts other files than JSON documents, e.g. {@code acceptFiles("text/csv", ".csv", "application/json", ".json")}. */
    public ImportDialog acceptFiles(String... types) {
        upload.setAcceptedFileTypes(types);
        return this;
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
