package org.partnershipworkshop.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.partnershipworkshop.plan.FactStatus;
import org.partnershipworkshop.plan.Indicator;
import org.partnershipworkshop.plan.Intro;
import org.partnershipworkshop.plan.LinkView;
import org.partnershipworkshop.plan.PlanPage;
import org.partnershipworkshop.plan.PlanTexts;
import org.partnershipworkshop.plan.Row;
import org.partnershipworkshop.plan.RowSchedule;
import org.partnershipworkshop.plan.Term;

/**
 * The plan as a page: section I as lists, then each section numbered as in print with its description, its
 * indicators (planned, actual so far, percent; a breakdown that does not add up is shown as a warning) and its
 * rows (kind of activity, the term as written — marked when the machine did not understand it —, responsible
 * people, where the row stands, overdue). Who may change the plan gets a "Fact" button on each row and indicator.
 */
class PlanSheet extends Div {

    private final PlanView view;
    private final PlanPage page;
    private final PlanTexts texts;

    PlanSheet(PlanView view) {
        this.view = view;
        this.page = view.page();
        this.texts = new PlanTexts(page, new ScreenLabels(view, getLocale()));
        addClassName("plan-sheet");
        intro(page.plan().intro());
        for (PlanTexts.Numbered n : PlanTexts.sections(page.plan())) {
            section(n);
        }
    }

    private void intro(Intro intro) {
        if (intro.empty()) {
            return;
        }
        Div box = new Div(new H3(getTranslation("plan.intro.title")));
        box.addClassName("plan-intro");
        list(box, "plan.intro.directions", intro.directions());
        list(box, "plan.intro.goals", intro.goals());
        list(box, "plan.intro.tasks", intro.tasks());
        list(box, "plan.intro.priorities", intro.priorities());
        add(box);
    }

    private static void list(Div box, String key, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        OrderedList list = new OrderedList();
        items.forEach(i -> list.add(new ListItem(i)));
        box.add(new H4(box.getTranslation(key)), list);
    }

    private void section(PlanTexts.Numbered n) {
        Div box = new Div();
        box.addClassNames("plan-section", "plan-level-" + Math.min(n.level(), 3));
        box.setId("section-" + n.section().id());
        box.add(n.level() == 1 ? new H3(n.number() + n.section().title()) : new H4(n.number() + n.section().title()));
        if (n.section().description() != null) {
            Paragraph description = new Paragraph(n.section().description());
            description.addClassName("plan-description");
            box.add(description);
        }
        if (!n.section().indicators().isEmpty()) {
            Div indicators = new Div(header("plan.col.indicator", "plan.col.planned", "plan.col.actual", "plan.col.percent"));
            indicators.addClassName("plan-indicators");
            n.section().indicators().forEach(i -> indicators.add(indicator(i)));
            box.add(indicators);
        }
        if (!n.section().rows().isEmpty()) {
            Div rows = new Div(header("plan.col.activity", "plan.col.term", "plan.col.responsible", "plan.col.status"));
            rows.addClassName("plan-rows");
            n.section().rows().forEach(r -> rows.add(row(r)));
            box.add(rows);
        }
        add(box);
    }

    private Div header(String... keys) {
        Div header = new Div();
        header.addClassName("plan-line-head");
        for (String key : keys) {
            header.add(new Span(getTranslation(key)));
        }
        return header;
    }

    private Component indicator(Indicator i) {
        Div line = new Div();
        line.addClassNames("plan-line", "plan-indicator");
        Div name = new Div(new Span(texts.name(i)));
        name.addClassName("plan-indicator-name");
        for (int b = 0; b < i.breakdowns().size(); b++) {
            int index = b;
            Span part = new Span(texts.breakdown(i, b));
            part.addClassName("plan-breakdown");
            if (page.warnings().stream().anyMatch(w -> w.indicatorId().equals(i.id()) && w.breakdown() == index)) {
                part.addClassName("plan-warning");
            }
            name.add(part);
        }
        BigDecimal actual = i.actual(null);
        Span planned = new Span(texts.amount(i.planned()));
        Span done = new Span(i.actuals().isEmpty() ? "—" : texts.amount(actual));
        done.addClassName("plan-actual");
        Span percent = new Span(percent(i.planned(), actual, !i.actuals().isEmpty()));
        percent.addClassName("plan-percent");
        Div actions = new Div(percent);
        actions.addClassName("plan-line-end");
        if (page.editable()) {
            Button fact = new Button(getTranslation("plan.ui.actual"), e -> new ActualDialog(view, i).open());
            fact.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            fact.addClassName("plan-actual-enter");
            actions.add(fact);
        }
        line.add(name, planned, done, actions);
        return line;
    }

    static String percent(BigDecimal planned, BigDecimal actual, boolean any) {
        if (!any || planned == null || planned.signum() == 0) {
            return "—";
        }
        return actual.multiply(BigDecimal.valueOf(100)).divide(planned, 0, RoundingMode.HALF_UP) + " %";
    }

    private Component row(Row r) {
        Div line = new Div();
        line.addClassNames("plan-line", "plan-row");
        line.setId("row-" + r.id());
        Div text = new Div(new Span(r.text()));
        text.addClassName("plan-row-text");
        if (r.heading()) {
            line.addClassName("plan-row-heading");
        }
        if (r.level() > 0) {
            line.addClassName("plan-row-sub");
        }
        if (r.audience() != null) {
            Span audience = new Span(r.audience());
            audience.addClassName("plan-audience");
            text.add(audience);
        }
        LinkView link = page.links().get(r.id());
        if (link != null) {
            Span linked = new Span("→ " + (link.title() == null ? "" : link.title()));
            linked.addClassName("plan-linked");
            text.add(linked);
        }
        RowSchedule schedule = page.schedule(r);
        line.add(text, term(r, schedule.term()), new Span(String.join(", ", texts.names(r))));
        Div end = new Div();
        end.addClassName("plan-line-end");
        if (!r.heading()) {
            end.add(status(schedule));
            if (page.editable()) {
                Button fact = new Button(getTranslation("plan.ui.fact"), e -> new FactDialog(view, r, schedule, null).open());
                fact.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                fact.addClassName("plan-fact");
                end.add(fact);
            }
        }
        line.add(end);
        return line;
    }

    private Component term(Row r, Term term) {
        Span span = new Span(r.term() == null ? "" : r.term());
        span.addClassName("plan-term");
        if (r.term() != null && !term.understood()) {
            span.addClassName("plan-term-unknown");
            span.getElement().setAttribute("title", getTranslation("plan.ui.termUnknown"));
            Span mark = new Span(getTranslation("plan.ui.termUnknownShort"));
            mark.addClassName("plan-term-mark");
            return new Div(span, mark);
        }
        span.getElement().setAttribute("title", getTranslation(term.kind().labelKey()));
        return span;
    }

    private Component status(RowSchedule schedule) {
        FactStatus status = schedule.status();
        Div box = new Div();
        box.addClassName("plan-row-status");
        Span badge = new Span(getTranslation(status.labelKey()));
        badge.addClassNames("plan-badge", "plan-fact-" + status.name().toLowerCase(Locale.ROOT));
        box.add(badge);
        if (schedule.overdue()) {
            Span overdue = new Span(getTranslation("plan.ui.overdue"));
            overdue.addClassNames("plan-badge", "plan-overdue");
            box.add(overdue);
        }
        return box;
    }
}
