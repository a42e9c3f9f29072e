package org.partnershipworkshop.library.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.partnershipworkshop.base.NotFoundException;
import org.partnershipworkshop.security.LibraryAccess;

/** "My library" in the menu of a library's account: its own library's page. */
@Route("my-library")
@Menu(order = 5, title = "library.my.menu", icon = "HOME")
@RolesAllowed("LIBRARY")
public class MyLibraryView extends Div implements BeforeEnterObserver {

    static final String ROUTE = "my-library";

    private final LibraryAccess access;

    public MyLibraryView(LibraryAccess access) {
        this.access = access;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long own = access.ownLibrary().orElseThrow(() -> new NotFoundException("library", "of this account"));
        event.forwardTo("libraries/" + own);
    }
}
