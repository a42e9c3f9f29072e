package org.partnershipworkshop.dialogue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import org.partnershipworkshop.dialogue.Answer;

/**
 * A rating from 1 to 5 as five large buttons in a row (a thumb reaches each on a phone), read out as a radio
 * group; pressing the chosen one again takes the rating back.
 */
class RatingPicker extends Div {

    private final List<Button> marks = new ArrayList<>();
    private Integer value;

    RatingPicker(String label) {
        addClassName("rating-picker");
        getElement().setAttribute("role", "radiogroup");
        getElement().setAttribute("aria-label", label);
        for (int mark = Answer.MIN_RATING; mark <= Answer.MAX_RATING; mark++) {
            Integer chosen = mark;
            Span number = new Span(String.valueOf(mark));
            number.addClassName("rating-number");
            Span star = new Span("★");
            star.addClassName("rating-star");
            star.getElement().setAttribute("aria-hidden", "true");
            Button button = new Button();
            button.getElement().appendChild(star.getElement(), number.getElement());
            button.addClassName("rating-mark");
            button.getElement().setAttribute("role", "radio");
            button.getElement().setAttribute("data-rating", String.valueOf(mark));
            button.setAriaLabel(getTranslation("dialogue.form.ratingLabel", mark, Answer.MAX_RATING));
            button.addClickListener(e -> setValue(chosen.equals(value) ? null : chosen));
            marks.add(button);
            add(button);
        }
        setValue(null);
    }

    Integer getValue() {
        return value;
    }

    void setValue(Integer rating) {
        value = rating;
        for (int i = 0; i < marks.size(); i++) {
            Button button = marks.get(i);
            boolean on = rating != null && i + 1 <= rating;
            button.setClassName("on", on);
            button.setClassName("chosen", rating != null && i + 1 == rating);
            button.getElement().setAttribute("aria-checked", String.valueOf(rating != null && i + 1 == rating));
        }
    }
}
