package org.partnershipworkshop.library.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import org.partnershipworkshop.library.LibraryFile;

/** A button that downloads an export of the registry, made when pressed. */
final class Downloads {

    private Downloads() {
    }

    static Component button(Component context, String labelKey, Supplier<LibraryFile> file) {
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            LibraryFile f = file.get();
            return new DownloadResponse(new ByteArrayInputStream(f.content()), f.fileName(), f.mediaType(), f.content().length);
        }), "");
        download.getElement().setAttribute("download", true);
        Button button = new Button(context.getTranslation(labelKey), VaadinIcon.DOWNLOAD.create());
        button.setTabIndex(-1);
        download.add(button);
        download.addClassName("library-download");
        return download;
    }
}
