package org.partnershipworkshop.canvas.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.function.Consumer;
import org.partnershipworkshop.canvas.SuggestedPartner;

/**
 * Partners suggested for this canvas, under the partner area: one click adds one as an entry. Hidden when
 * there is nothing to suggest. The texts are the partner feature's, which makes the suggestions.
 */
@StyleSheet("partner.css")
class PartnerSuggestionStrip extends Div {

    private final Consumer<SuggestedPartner> pick;
    private final Div buttons = new Div();

    PartnerSuggestionStrip(Consumer<SuggestedPartner> pick) {
        this.pick = pick;
        addClassName("partner-suggestions");
        Span caption = new Span(getTranslation("partner.suggestions"));
        caption.addClassName("partner-suggestions-caption");
        caption.setId("partner-suggestions-caption");
        buttons.addClassName("partner-suggestions-buttons");
        buttons.getElement().setAttribute("role", "group");
        buttons.getElement().setAttribute("aria-labelledby", caption.getId().orElseThrow());
        add(caption, buttons);
        setVisible(false);
    }

    void show(List<SuggestedPartner> suggestions) {
        buttons.removeAll();
        for (SuggestedPartner s : suggestions) {
            Button add = new Button(s.name(), VaadinIcon.PLUS.create(), e -> pick.accept(s));
            add.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            add.addClassName("partner-suggestion");
            String reason = getTranslation(s.reasonKey(), s.reasonArgs().toArray());
            add.setTooltipText(reason);
            add.setAriaLabel(getTranslation("partner.suggestion.add", s.name(), reason));
            buttons.add(add);
        }
        setVisible(!suggestions.isEmpty());
    }
}
