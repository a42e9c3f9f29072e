package org.partnershipworkshop.plan.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.ui.FormDialog;
import org.partnershipworkshop.plan.Indicator;
import org.partnershipworkshop.plan.PlanEdit;

/**
 * A planned indicator's name, unit and planned value. Its breakdowns and the actual values entered stay as they are
 * (breakdowns come with the plan's document or spreadsheet; a changed planned value is checked against them and a
 * breakdown that no longer adds up is shown as a warning).
 */
class IndicatorDialog extends FormDialog<Indicator> {

    private final TextField name = new TextField();
    private final TextField unit = new TextField();
    private final BigDecimalField planned = new BigDecimalField();
    private final Indicator indicator;

    /** {@code indicator} to change one, or null to add one to the section. */
    IndicatorDialog(PlanView view, Indicator indicator, String sectionId) {
        super(view.getTranslation(indicator == null ? "plan.edit.indicatorNew" : "plan.edit.indicatorTitle"),
                data -> view.edit(indicator == null ? new PlanEdit.AddIndicator(sectionId, data)
                        : new PlanEdit.UpdateIndicator(indicator.id(), data), "plan.edit.indicatorSaved"));
        this.indicator = indicator;
        addClassName("plan-indicator-dialog");
        setWidth("min(40rem, 96vw)");
        name.setLabel(getTranslation("plan.col.indicator"));
        name.setMaxLength(Limits.TEXT);
        name.setRequired(true);
        name.addClassName("plan-indicator-name-field");
        unit.setLabel(getTranslation("plan.col.unit"));
        unit.setMaxLength(Limits.TITLE);
        planned.setLabel(getTranslation("plan.col.planned"));
        planned.addClassName("plan-indicator-planned-field");
        if (indicator != null) {
            name.setValue(indicator.name());
            unit.setValue(indicator.unit() == null ? "" : indicator.unit());
            planned.setValue(indicator.planned());
        }
        FormLayout form = new FormLayout(name, unit, planned);
        form.setColspan(name, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24rem", 2));
        add(form);
    }

    @Override
    protected Indicator read() {
        String u = strip(unit.getValue());
        return new Indicator(indicator == null ? "new" : indicator.id(), strip(name.getValue()), u.isEmpty() ? null : u,
                planned.getValue(), indicator == null ? List.of() : indicator.breakdowns(), List.of());
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        return Map.of("name", name, "unit", unit, "planned", planned);
    }
}
