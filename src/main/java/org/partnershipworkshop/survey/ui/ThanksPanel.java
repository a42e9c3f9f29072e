package org.partnershipworkshop.survey.ui;

import com.vaadin.flow.component.ScrollIntoViewOption;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * What a reader sees once the answer is saved, in place of the questions: thank you, and either a way back to
 * change the answer (a reader's own device) or a big "Next person" button (a library's kiosk).
 */
public class ThanksPanel extends Div {

    private final Runnable change;
    private final Runnable nextPerson;

    public ThanksPanel(Runnable change, Runnable nextPerson) {
        this.change = change;
        this.nextPerson = nextPerson;
        addClassName("survey-thanks");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("tabindex", "-1");
        setVisible(false);
    }

    /** Shows the panel, scrolled into view and given the focus (a screen reader reads it out). */
    public void show(boolean replaced, boolean kiosk) {
        removeAll();
        add(new H2(getTranslation("surveyform.thanks")),
                new Paragraph(getTranslation(replaced ? "surveyform.replaced" : "surveyform.saved")));
        if (kiosk) {
            Button next = new Button(getTranslation("surveyform.nextPerson"), VaadinIcon.USER.create(), e -> nextPerson.run());
            next.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
            next.addClassName("survey-next-person");
            add(next);
        } else {
            Paragraph later = new Paragraph(getTranslation("surveyform.changeLater"));
            later.addClassName("survey-change-later");
            Button again = new Button(getTranslation("surveyform.change"), e -> change.run());
            again.addThemeVariants(ButtonVariant.TERTIARY);
            again.addClassName("survey-change");
            add(later, again);
        }
        setVisible(true);
        scrollIntoView(ScrollIntoViewOption.Block.START);
        getElement().callJsFunction("focus");
    }
}
