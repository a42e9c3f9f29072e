package org.partnershipworkshop.plan.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.partnershipworkshop.base.ui.FormDialog;
import org.partnershipworkshop.plan.Indicator;
import org.partnershipworkshop.plan.Period;

/**
 * An indicator's actual value for a month or a quarter (empty clears it). The period's value already entered is
 * shown to be changed; a month and its quarter cannot both carry a value (the plan refuses it, at the period).
 */
class ActualDialog extends FormDialog<ActualDialog.Entry> {

    /** What the dialog hands back. */
    record Entry(Period period, BigDecimal value) {
    }

    private final ComboBox<Period> period = new ComboBox<>();
    private final BigDecimalField value = new BigDecimalField();

    ActualDialog(PlanView view, Indicator indicator) {
        super(view.getTranslation("plan.ui.actualTitle"), entry -> {
            view.facts().setActual(view.id(), indicator.id(), entry.period(), entry.value());
            view.saved("plan.ui.actualSaved");
        });
        addClassName("plan-actual-dialog");
        setWidth("min(32rem, 96vw)");
        int year = view.page().plan().year();
        Paragraph what = new Paragraph(indicator.name() + (indicator.unit() == null ? "" : ", " + indicator.unit()));
        List<Period> periods = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            periods.add(Period.of(YearMonth.of(year, m)));
        }
        for (int q = 1; q <= 4; q++) {
            periods.add(Period.quarterOf(year, q));
        }
        period.setLabel(getTranslation("plan.ui.period"));
        period.setItems(periods);
        period.setItemLabelGenerator(p -> p.isQuarter() ? getTranslation("plan.ui.quarter", p.quarterOfYear(), String.valueOf(p.year()))
                : YearMonth.of(p.year(), p.month()).getMonth().getDisplayName(TextStyle.FULL_STANDALONE, getLocale()) + " " + p.year());
        period.setRequired(true);
        period.addClassName("plan-actual-period");
        value.setLabel(getTranslation("plan.col.actual"));
        value.setHelperText(getTranslation("plan.ui.actualHelp"));
        value.addClassName("plan-actual-value");
        period.addValueChangeListener(e -> value.setValue(e.getValue() == null ? null : indicator.actuals().stream()
                .filter(a -> a.period().equals(e.getValue())).map(Indicator.Actual::value).findFirst().orElse(null)));
        YearMonth chosen = view.month();
        period.setValue(Period.of(chosen));
        add(what, new FormLayout(period, value));
    }

    @Override
    protected Entry read() {
        return new Entry(period.getValue(), value.getValue());
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        return Map.of("period", period, "value", value);
    }
}
