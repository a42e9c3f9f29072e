package org.partnershipworkshop.plan.ui;

import com.vaadin.flow.component.Component;
import java.util.Locale;
import org.partnershipworkshop.documents.Labels;

/** The printouts' texts in the language of the person looking at the screen. */
record ScreenLabels(Component screen, Locale locale) implements Labels {

    @Override
    public String text(String key, Object... args) {
        return screen.getTranslation(key, args);
    }
}
