package org.partnershipworkshop.action.ui;

import com.vaadin.flow.component.html.Div;
import java.util.Optional;
import org.partnershipworkshop.security.LibraryAccess;

/** What an action's pages show from the features it builds on: the reader survey's tab, the summary's tab, whose library the caller is. */
@org.springframework.stereotype.Component
class ActionTabs {

    private final LibraryAccess libraries;

    ActionTabs(LibraryAccess libraries) {
        this.libraries = libraries;
    }

    Optional<Long> ownLibrary() {
        return libraries.ownLibrary();
    }

    com.vaadin.flow.component.Component survey(long actionId, boolean coordinator) {
        return new Div();
    }

    com.vaadin.flow.component.Component librarySurvey(long actionId, long libraryId, String library) {
        return new Div();
    }

    com.vaadin.flow.component.Component summary(long actionId) {
        return new Div();
    }
}
