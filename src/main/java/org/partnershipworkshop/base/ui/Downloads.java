package org.partnershipworkshop.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** A button that downloads a file made when it is pressed (an export, a printout): the screens' one download. */
public final class Downloads {

    /** What is downloaded: its file name, media type and bytes. */
    public record File(String fileName, String mediaType, byte[] content) {
    }

    private Downloads() {
    }

    public static Component button(Component context, String labelKey, Supplier<File> file) {
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            File f = file.get();
            return new DownloadResponse(new ByteArrayInputStream(f.content()), f.fileName(), f.mediaType(), f.content().length);
        }), "");
        download.getElement().setAttribute("download", true);
        Button button = new Button(context.getTranslation(labelKey), VaadinIcon.DOWNLOAD.create());
        button.setTabIndex(-1);
        download.add(button);
        download.addClassName("download");
        return download;
    }
}
