package org.partnershipworkshop.library.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.partnershipworkshop.security.LibraryAccess;
import org.springframework.stereotype.Component;

/**
 * A library's account starts on its library's page: the start page (which is the meetings for everyone else)
 * sends it to "my library".
 */
@Component
class LibraryAccountStart implements VaadinServiceInitListener {

    private final LibraryAccess access;

    LibraryAccountStart(LibraryAccess access) {
        this.access = access;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            String path = enter.getLocation().getPath();
            if ((path.isEmpty() || path.equals("meetings")) && access.ownLibrary().isPresent()) {
                enter.forwardTo(MyLibraryView.ROUTE);
            }
        }));
    }
}
