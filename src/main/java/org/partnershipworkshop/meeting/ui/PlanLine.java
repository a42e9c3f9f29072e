package org.partnershipworkshop.meeting.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.partnershipworkshop.meeting.Presentation;

/** The plan of a programme item in one line: when it starts, where, who is responsible. */
@StyleSheet("./dialogue.css")
class PlanLine extends Div {

    PlanLine(Presentation p) {
        addClassName("programme-plan");
        if (p.date() != null) {
            String when = DateTimeFormatter.ofPattern("EEE", getLocale()).format(p.date()) + ", "
                    + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(p.date())
                    + (p.time() == null ? "" : " · " + DateTimeFormatter.ofPattern("HH:mm").format(p.time()));
            add(part(VaadinIcon.CLOCK, when, "programme-plan-when", getTranslation("programme.plan.date")));
        }
        if (p.place() != null) {
            add(part(VaadinIcon.MAP_MARKER, p.place(), "programme-plan-place", getTranslation("programme.plan.place")));
        }
        if (p.responsible() != null) {
            add(part(VaadinIcon.USER_CHECK, p.responsible(), "programme-plan-responsible",
                    getTranslation("programme.plan.responsible")));
        }
    }

    private static Span part(VaadinIcon icon, String text, String className, String label) {
        var glyph = icon.create();
        glyph.getElement().setAttribute("aria-hidden", "true");
        Span value = new Span(text);
        Span part = new Span(glyph, value);
        part.addClassName("programme-plan-part");
        part.addClassName(className);
        part.getElement().setAttribute("title", label);
        return part;
    }
}
