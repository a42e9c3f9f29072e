package org.partnershipworkshop.library.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.partnershipworkshop.library.LibraryFacts;
import org.partnershipworkshop.library.LibraryKind;

/** The registry's small pieces of text on screens: a kind's name, the archived mark, where a library is. */
final class Labels {

    private Labels() {
    }

    static String kind(Component context, LibraryKind kind) {
        return kind == null ? "" : context.getTranslation(kind.labelKey());
    }

    static String municipality(LibraryFacts facts) {
        return facts.municipality() == null ? "" : facts.municipality().name();
    }

    static Span archived(Component context) {
        Span mark = new Span(context.getTranslation("library.archived.mark"));
        mark.addClassName("library-archived-mark");
        return mark;
    }
}
