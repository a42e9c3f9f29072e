package org.partnershipworkshop.plan.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.partnershipworkshop.plan.Indicator;

/**
 * One breakdown of an indicator as a person writes it: a label («по видам обслуживания»), whether its parts must add
 * up to the planned value (or only stay within it, «в том числе»), and its parts one per line as
 * {@code label = value}, or {@code label = #id} for another indicator of the plan. A breakdown left empty is dropped.
 */
final class BreakdownFields extends Div {

    private final TextField label = new TextField();
    private final Checkbox complete = new Checkbox();
    private final TextArea parts = new TextArea();

    BreakdownFields(Indicator.Breakdown breakdown) {
        addClassName("plan-breakdown-fields");
        label.setLabel(getTranslation("plan.edit.breakdownLabel"));
        label.setMaxLength(Limits.TITLE);
        label.setWidthFull();
        complete.setLabel(getTranslation("plan.edit.breakdownComplete"));
        complete.setValue(true);
        parts.setLabel(getTranslation("plan.edit.breakdownParts"));
        parts.setHelperText(getTranslation("plan.edit.breakdownPartsHelp"));
        parts.setWidthFull();
        parts.addClassName("plan-breakdown-parts");
        if (breakdown != null) {
            label.setValue(breakdown.label() == null ? "" : breakdown.label());
            complete.setValue(breakdown.complete());
            parts.setValue(String.join("\n", breakdown.parts().stream().map(BreakdownFields::written).toList()));
        }
        add(label, complete, parts);
    }

    private static String written(Indicator.Part part) {
        String value = part.indicator() != null ? "#" + part.indicator() : part.planned().toPlainString();
        return (part.label() == null ? "" : part.label()) + " = " + value;
    }

    /** The breakdown written, null when left empty; the path of a problem starts with {@code at}. */
    Indicator.Breakdown read(String at) {
        List<String> lines = parts.getValue().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty() && label.getValue().isBlank()) {
            return null;
        }
        List<Indicator.Part> read = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int eq = line.lastIndexOf('=');
            String name = eq < 0 ? "" : line.substring(0, eq).strip();
            String value = (eq < 0 ? line : line.substring(eq + 1)).strip();
            String where = at + ".parts[" + i + "]";
            try {
                read.add(value.startsWith("#") ? new Indicator.Part(name.isEmpty() ? null : name, null, value.substring(1).strip())
                        : new Indicator.Part(name.isEmpty() ? null : name, new BigDecimal(value.replace(" ", "").replace(',', '.')), null));
            } catch (NumberFormatException e) {
                throw new ValidationFailedException(Violation.of(where, "plan.edit.breakdownPartUnreadable", i + 1, line));
            } catch (ValidationFailedException e) {
                throw new ValidationFailedException(e.violations().stream()
                        .map(v -> new Violation(where + "." + v.path(), v.key(), v.args())).toList());
            }
        }
        try {
            return new Indicator.Breakdown(label.getValue().strip(), complete.getValue(), read);
        } catch (ValidationFailedException e) {
            throw new ValidationFailedException(e.violations().stream()
                    .map(v -> new Violation(at + "." + v.path(), v.key(), v.args())).toList());
        }
    }

    /** Problems' paths under {@code at} to these fields. */
    void fields(String at, Map<String, HasValidation> fields) {
        fields.put(at + ".label", label);
        fields.put(at + ".parts", parts);
        fields.put(at, parts);
    }
}
