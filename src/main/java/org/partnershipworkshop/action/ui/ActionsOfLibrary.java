package org.partnershipworkshop.action.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Optional;
import org.partnershipworkshop.action.ActionListing;
import org.partnershipworkshop.action.ActionService;
import org.partnershipworkshop.base.ui.Formats;
import org.partnershipworkshop.library.LibraryDetails;
import org.partnershipworkshop.library.ui.LibraryPageSection;

/** On a library's page: the network actions it takes part in, newest first, each opening the library's part in it. */
@org.springframework.stereotype.Component
class ActionsOfLibrary implements LibraryPageSection {

    private final ActionService actions;

    ActionsOfLibrary(ActionService actions) {
        this.actions = actions;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String title(LibraryDetails library) {
        return UI.getCurrent().getTranslation("action.library.section");
    }

    @Override
    public Optional<Component> create(LibraryDetails library) {
        List<ActionListing> taking = actions.ofLibrary(library.id());
        if (taking.isEmpty()) {
            return Optional.empty();
        }
        Div box = new Box();
        for (ActionListing a : taking) {
            Anchor link = new Anchor(ActionLinks.library(a.id(), library.id()), a.title());
            link.addClassName("action-link");
            Span when = new Span(Formats.dates(a.starts(), a.ends(), UI.getCurrent().getLocale()));
            when.addClassName("action-quiet");
            Div line = new Div(link, when);
            line.addClassName("action-of-library");
            box.add(line);
        }
        return Optional.of(box);
    }

    /** The section's box, bringing the actions' styles to the library's page. */
    @StyleSheet("./action.css")
    static class Box extends Div {
    }
}
