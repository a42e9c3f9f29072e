package org.partnershipworkshop.canvas.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Function;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.canvas.Indicator;

/** A result indicator: name, unit, value for the last year and for the whole period. */
class IndicatorEditor extends EntryEditor<Indicator> {

    private final TextField name = new TextField();
    private final TextField unit = new TextField();
    private final BigDecimalField lastYear = new BigDecimalField();
    private final BigDecimalField wholePeriod = new BigDecimalField();

    IndicatorEditor(Function<String, String> translate) {
        addClassName("indicator-editor");
        label(name, translate.apply("canvas.indicator.name"));
        label(unit, translate.apply("canvas.indicator.unit"));
        lastYear.setAriaLabel(translate.apply("canvas.indicator.lastYear"));
        lastYear.setPlaceholder(translate.apply("canvas.indicator.lastYear"));
        wholePeriod.setAriaLabel(translate.apply("canvas.indicator.wholePeriod"));
        wholePeriod.setPlaceholder(translate.apply("canvas.indicator.wholePeriod"));
        name.addClassName("indicator-name");
        add(name, unit, lastYear, wholePeriod);
    }

    private static void label(TextField field, String text) {
        field.setMaxLength(Limits.TEXT);
        field.setAriaLabel(text);
        field.setPlaceholder(text);
    }

    @Override
    void show(Indicator entry) {
        name.setValue(entry.name());
        unit.setValue(text(entry.unit()));
        lastYear.setValue(entry.lastYear());
        wholePeriod.setValue(entry.wholePeriod());
    }

    @Override
    Indicator read() {
        return new Indicator(strip(name.getValue()), strip(unit.getValue()), lastYear.getValue(), wholePeriod.getValue());
    }

    @Override
    boolean isBlank() {
        return name.getValue().isBlank() && unit.getValue().isBlank() && lastYear.getValue() == null
                && wholePeriod.getValue() == null;
    }

    @Override
    void clear() {
        name.clear();
        unit.clear();
        lastYear.clear();
        wholePeriod.clear();
    }

    @Override
    void focus() {
        name.focus();
    }

    @Override
    void setReadOnly(boolean readOnly) {
        name.setReadOnly(readOnly);
        unit.setReadOnly(readOnly);
        lastYear.setReadOnly(readOnly);
        wholePeriod.setReadOnly(readOnly);
    }

    @Override
    java.util.List<com.vaadin.flow.component.HasValue<?, ?>> extraInputs() {
        return java.util.List.of(lastYear, wholePeriod);
    }

    @Override
    Map<String, HasValidation> inputs() {
        return Map.of("name", name, "unit", unit);
    }
}
