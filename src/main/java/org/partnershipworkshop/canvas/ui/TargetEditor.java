package org.partnershipworkshop.canvas.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.canvas.Target;

/** A target of a project card: name, unit, base value, target value and the period it is to be reached in. */
class TargetEditor extends EntryEditor<Target> {

    private final TextField name = new TextField();
    private final TextField unit = new TextField();
    private final BigDecimalField base = new BigDecimalField();
    private final BigDecimalField target = new BigDecimalField();
    private final TextField period = new TextField();

    TargetEditor(Function<String, String> translate) {
        addClassName("indicator-editor");
        addClassName("target-editor");
        label(name, translate.apply("canvas.target.name"));
        label(unit, translate.apply("canvas.target.unit"));
        label(period, translate.apply("canvas.target.period"));
        base.setAriaLabel(translate.apply("canvas.target.base"));
        base.setPlaceholder(translate.apply("canvas.target.base"));
        target.setAriaLabel(translate.apply("canvas.target.target"));
        target.setPlaceholder(translate.apply("canvas.target.target"));
        name.addClassName("indicator-name");
        period.addClassName("target-period");
        add(name, unit, base, target, period);
    }

    private static void label(TextField field, String text) {
        field.setMaxLength(Limits.TEXT);
        field.setAriaLabel(text);
        field.setPlaceholder(text);
    }

    @Override
    void show(Target entry) {
        name.setValue(entry.name());
        unit.setValue(text(entry.unit()));
        base.setValue(entry.base());
        target.setValue(entry.target());
        period.setValue(text(entry.period()));
    }

    @Override
    Target read() {
        return new Target(strip(name.getValue()), strip(unit.getValue()), base.getValue(), target.getValue(),
                strip(period.getValue()));
    }

    @Override
    boolean isBlank() {
        return name.getValue().isBlank() && unit.getValue().isBlank() && base.getValue() == null
                && target.getValue() == null && period.getValue().isBlank();
    }

    @Override
    void clear() {
        name.clear();
        unit.clear();
        base.clear();
        target.clear();
        period.clear();
    }

    @Override
    void focus() {
        name.focus();
    }

    @Override
    void setReadOnly(boolean readOnly) {
        name.setReadOnly(readOnly);
        unit.setReadOnly(readOnly);
        base.setReadOnly(readOnly);
        target.setReadOnly(readOnly);
        period.setReadOnly(readOnly);
    }

    @Override
    List<HasValue<?, ?>> extraInputs() {
        return List.of(base, target);
    }

    @Override
    Map<String, HasValidation> inputs() {
        return Map.of("name", name, "unit", unit, "period", period);
    }
}
