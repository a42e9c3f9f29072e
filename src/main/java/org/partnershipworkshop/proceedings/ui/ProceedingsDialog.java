package org.partnershipworkshop.proceedings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.text.NumberFormat;

/**
 * Shows how far the proceedings are and offers the download when they are ready. It calls no service:
 * {@link ProceedingsAction} does the work off the UI thread and tells the dialog; closing it cancels.
 */
@StyleSheet("proceedings.css")
class ProceedingsDialog extends Dialog {

    private final ProgressBar bar = new ProgressBar();
    private final Paragraph status = new Paragraph();
    private final Button close = new Button();

    ProceedingsDialog(Runnable onCancel) {
        addClassName("proceedings-dialog");
        setHeaderTitle(getTranslation("proceedings.dialog.title"));
        bar.setIndeterminate(true);
        status.setText(getTranslation("proceedings.dialog.preparing"));
        status.addClassName("proceedings-status");
        add(status, bar);
        close.setText(getTranslation("proceedings.dialog.cancel"));
        close.addClickListener(e -> close());
        getFooter().add(close);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                onCancel.run();
            }
        });
    }

    void progress(int done, int total) {
        bar.setIndeterminate(false);
        bar.setValue(total == 0 ? 0 : (double) done / total);
        status.setText(getTranslation("proceedings.dialog.progress", done, total));
    }

    void ready(int pages, long bytes, DownloadHandler download) {
        bar.setVisible(false);
        status.setText(getTranslation("proceedings.dialog.ready", pages, size(bytes)));
        Anchor link = new Anchor(download, "");
        link.getElement().setAttribute("download", true);
        link.addClassName("proceedings-download");
        Button button = new Button(getTranslation("proceedings.dialog.download"), VaadinIcon.DOWNLOAD.create());
        button.addThemeVariants(ButtonVariant.PRIMARY);
        button.setTabIndex(-1);
        link.add(button);
        add(link);
        close.setText(getTranslation("proceedings.dialog.close"));
    }

    void failed() {
        bar.setVisible(false);
        status.setText(getTranslation("proceedings.dialog.failed"));
        status.addClassName("proceedings-failed");
        close.setText(getTranslation("proceedings.dialog.close"));
    }

    private String size(long bytes) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(1);
        return bytes < 1024 * 1024 ? format.format(Math.max(1, bytes / 1024)) + " KB"
                : format.format(bytes / (1024.0 * 1024.0)) + " MB";
    }
}
