package org.partnershipworkshop.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import java.util.stream.IntStream;
import org.partnershipworkshop.base.ui.Downloads;
import org.partnershipworkshop.plan.DueRow;
import org.partnershipworkshop.plan.MonthView;
import org.partnershipworkshop.plan.PlanTexts;

/**
 * A month of the plan as the monthly report to the management gives it: what is due and where it stands, what is
 * overdue from earlier months, what was done, what goes on all year, and each indicator's month, quarter and
 * total so far against the year's plan. The report's PDF is one click away; rows can be marked from here.
 */
class MonthPanel extends Div {

    private final PlanView view;
    private final PlanTexts texts;

    MonthPanel(PlanView view, YearMonth month, Supplier<Downloads.File> report) {
        this.view = view;
        this.texts = new PlanTexts(view.page(), new ScreenLabels(view, getLocale()));
        addClassName("plan-month");
        int year = view.page().plan().year();
        ComboBox<YearMonth> chooser = new ComboBox<>();
        chooser.setAriaLabel(getTranslation("plan.col.month"));
        chooser.setItems(IntStream.rangeClosed(1, 12).mapToObj(m -> YearMonth.of(year, m)).toList());
        chooser.setItemLabelGenerator(this::name);
        chooser.setValue(month);
        chooser.addClassName("plan-month-choice");
        chooser.addValueChangeListener(e -> {
            if (e.getValue() != null && e.isFromClient()) {
                view.showMonth(e.getValue());
            }
        });
        Div bar = new Div(chooser, Downloads.button(this, "plan.ui.monthReport", report));
        bar.addClassName("plan-month-bar");
        add(bar);
        MonthView shown = view.facts().month(view.id(), month);
        list("plan.report.due", shown.due(), true);
        list("plan.report.overdue", shown.overdue(), true);
        list("plan.report.done", shown.done(), false);
        list("plan.ui.ongoing", shown.ongoing(), false);
        indicators(shown.indicators());
    }

    private String name(YearMonth m) {
        return m.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, getLocale()) + " " + m.getYear();
    }

    private void list(String key, List<DueRow> rows, boolean markable) {
        Div box = new Div(new H3(getTranslation(key) + " · " + rows.size()));
        box.addClassNames("plan-month-list", "plan-month-" + key.substring(key.lastIndexOf('.') + 1));
        if (rows.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("plan.report.nothing"));
            none.addClassName("plan-month-none");
            box.add(none);
        }
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        for (DueRow r : rows) {
            Div line = new Div();
            line.addClassNames("plan-line", "plan-month-row");
            Div text = new Div(new Span(r.text()));
            text.addClassName("plan-row-text");
            Span section = new Span(r.section());
            section.addClassName("plan-audience");
            text.add(section);
            String when = (r.term() == null ? "" : r.term())
                    + (r.due() != null && r.due().occasion() != null ? " · " + day.format(r.due().occasion().due()) : "");
            Span badge = new Span(getTranslation(r.status().labelKey()));
            badge.addClassNames("plan-badge", "plan-fact-" + r.status().name().toLowerCase(Locale.ROOT));
            Div end = new Div(badge);
            end.addClassName("plan-line-end");
            if (markable && view.page().editable()) {
                view.page().plan().row(r.rowId()).ifPresent(row -> {
                    Button fact = new Button(getTranslation("plan.ui.fact"),
                            e -> new FactDialog(view, row, view.page().schedule(row), view.month()).open());
                    fact.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                    fact.addClassName("plan-fact");
                    end.add(fact);
                });
            }
            line.add(text, new Span(when), new Span(String.join(", ", r.responsible())), end);
            box.add(line);
        }
        add(box);
    }

    private void indicators(List<MonthView.IndicatorLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        Div box = new Div(new H3(getTranslation("plan.report.indicators")));
        box.addClassName("plan-month-indicators");
        Div head = new Div();
        head.addClassName("plan-line-head");
        for (String key : List.of("plan.col.indicator", "plan.col.planned", "plan.col.month", "plan.col.total", "plan.col.percent")) {
            head.add(new Span(getTranslation(key)));
        }
        box.add(head);
        for (MonthView.IndicatorLine l : lines) {
            Div line = new Div();
            line.addClassNames("plan-line", "plan-month-indicator");
            String name = l.unit() == null ? l.name() : l.name() + ", " + l.unit();
            line.add(new Span(name), new Span(texts.amount(l.planned())), new Span(texts.amount(l.month())),
                    new Span(texts.amount(l.total())), new Span(l.percent() == null ? "—" : l.percent() + " %"));
            box.add(line);
        }
        add(box);
    }
}
