package org.partnershipworkshop.plan.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.ui.FormDialog;
import org.partnershipworkshop.plan.Indicator;
import org.partnershipworkshop.plan.PlanEdit;

/**
 * A planned indicator: name, unit, planned value and its breakdowns (each parts one per line; see
 * {@link BreakdownFields}). A breakdown that does not add up is saved and shown as a warning, as the seed's own
 * figures need. The actual values entered stay as they are.
 */
class IndicatorDialog extends FormDialog<Indicator> {

    private final TextField name = new TextField();
    private final TextField unit = new TextField();
    private final BigDecimalField planned = new BigDecimalField();
    private final Indicator indicator;
    private final List<BreakdownFields> breakdowns = new ArrayList<>();
    private final Div breakdownBox = new Div();

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
        breakdownBox.addClassName("plan-breakdowns-edit");
        if (indicator != null) {
            indicator.breakdowns().forEach(this::addBreakdown);
        }
        Button more = new Button(getTranslation("plan.edit.addBreakdown"), VaadinIcon.PLUS.create(), e -> addBreakdown(null));
        more.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        more.addClassName("plan-add-breakdown");
        add(form, breakdownBox, more);
    }

    private void addBreakdown(Indicator.Breakdown breakdown) {
        BreakdownFields fields = new BreakdownFields(breakdown);
        breakdowns.add(fields);
        breakdownBox.add(fields);
    }

    @Override
    protected Indicator read() {
        String u = strip(unit.getValue());
        List<Indicator.Breakdown> written = new ArrayList<>();
        for (int i = 0; i < breakdowns.size(); i++) {
            Indicator.Breakdown b = breakdowns.get(i).read("breakdowns[" + i + "]");
            if (b != null) {
                written.add(b);
            }
        }
        return new Indicator(indicator == null ? "new" : indicator.id(), strip(name.getValue()), u.isEmpty() ? null : u,
                planned.getValue(), written, List.of());
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>(Map.of("name", name, "unit", unit, "planned", planned));
        for (int i = 0; i < breakdowns.size(); i++) {
            breakdowns.get(i).fields("breakdowns[" + i + "]", fields);
        }
        return fields;
    }
}
