package org.partnershipworkshop.survey.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;

/**
 * A rating from 1 to the question's scale (5 or 10) as a row of large number buttons (a thumb reaches each on
 * a phone), read out as a radio group: one button is in the tab order (the chosen one, else the first), the
 * arrow keys move the choice, Enter or Space picks, pressing the chosen one again takes the rating back.
 */
public class ScalePicker extends Div {

    private final List<Button> marks = new ArrayList<>();
    private Integer value;

    public ScalePicker(String label, int scale) {
        addClassNames("scale-picker", "scale-" + scale);
        getElement().setAttribute("role", "radiogroup");
        getElement().setAttribute("aria-label", label);
        for (int mark = 1; mark <= scale; mark++) {
            Integer chosen = mark;
            Button button = new Button(String.valueOf(mark));
            button.addClassName("scale-mark");
            button.getElement().setAttribute("role", "radio");
            button.getElement().setAttribute("data-value", String.valueOf(mark));
            button.setAriaLabel(getTranslation("surveyform.rating.mark", mark, scale));
            button.addClickListener(e -> setValue(chosen.equals(value) ? null : chosen));
            marks.add(button);
            add(button);
        }
        Shortcuts.addShortcutListener(this, () -> step(1), Key.ARROW_RIGHT).listenOn(this);
        Shortcuts.addShortcutListener(this, () -> step(1), Key.ARROW_DOWN).listenOn(this);
        Shortcuts.addShortcutListener(this, () -> step(-1), Key.ARROW_LEFT).listenOn(this);
        Shortcuts.addShortcutListener(this, () -> step(-1), Key.ARROW_UP).listenOn(this);
        setValue(null);
    }

    public Integer getValue() {
        return value;
    }

    public void setValue(Integer rating) {
        value = rating != null && rating >= 1 && rating <= marks.size() ? rating : null;
        for (int i = 0; i < marks.size(); i++) {
            Button button = marks.get(i);
            boolean chosen = value != null && i + 1 == value;
            button.setClassName("chosen", chosen);
            button.setClassName("on", value != null && i + 1 <= value);
            button.getElement().setAttribute("aria-checked", String.valueOf(chosen));
            button.setTabIndex(chosen || (value == null && i == 0) ? 0 : -1);
        }
    }

    /** The arrow keys: the next or previous mark becomes the choice and takes the focus. */
    private void step(int by) {
        int next = value == null ? (by > 0 ? 1 : marks.size()) : Math.max(1, Math.min(marks.size(), value + by));
        setValue(next);
        marks.get(next - 1).focus();
    }

    /** Marks the picker as holding a problem (read out with the question's error text). */
    public void setInvalid(boolean invalid) {
        setClassName("invalid", invalid);
        getElement().setAttribute("aria-invalid", String.valueOf(invalid));
    }
}
