package org.partnershipworkshop.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * What a page that cannot be shown says (decision 0167): a heading in the user's language and a way on, never
 * the name of a Java exception (the log gets the detail).
 */
abstract class ErrorPageView extends VerticalLayout {

    ErrorPageView() {
        addClassName("error-page");
    }

    void show(String headingKey, String textKey) {
        removeAll();
        add(new H2(getTranslation(headingKey)));
        if (textKey != null) {
            add(new Paragraph(getTranslation(textKey)));
        }
        add(new Anchor("meetings", getTranslation("nav.meetings")));
    }
}
