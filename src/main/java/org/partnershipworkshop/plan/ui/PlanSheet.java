package org.partnershipworkshop.plan.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.partnershipworkshop.plan.Indicator;
import org.partnershipworkshop.plan.Intro;
import org.partnershipworkshop.plan.PlanPage;
import org.partnershipworkshop.plan.PlanTexts;
import org.partnershipworkshop.plan.Section;

/**
 * The plan as a page: section I as lists, then each section numbered as in print with its description, its
 * indicators (planned, actual so far, percent; a breakdown that does not add up is shown as a warning) and its
 * rows (kind of activity, the term as written — marked when the machine did not understand it —, responsible
 * people, where the row stands, overdue). Who may change the plan gets a "Fact" button on each row and indicator.
 */
class PlanSheet extends Div {

    private static final String ACTUAL = "actual";
    private static final String EDIT_INDICATOR = "edit-indicator";
    private static final String REMOVE_INDICATOR = "remove-indicator";

    private final PlanView view;
    private final PlanPage page;
    private final PlanTexts texts;
    /** Null when the person may only read. */
    private final SheetEditing editing;
    /** Each section's place among its siblings and their number, for moving it up or down. */
    private final Map<String, int[]> places = new HashMap<>();

    PlanSheet(PlanView view) {
        this.view = view;
        this.page = view.page();
        this.texts = new PlanTexts(page, new ScreenLabels(view, getLocale()));
        this.editing = page.editable() ? new SheetEditing(view) : null;
        addClassName("plan-sheet");
        if (editing != null) {
            add(editing.sheetTools());
        }
        place(page.plan().sections());
        intro(page.plan().intro());
        for (PlanTexts.Numbered n : PlanTexts.sections(page.plan())) {
            section(n);
        }
    }

    private void place(List<Section> siblings) {
        for (int i = 0; i < siblings.size(); i++) {
            places.put(siblings.get(i).id(), new int[] {i, siblings.size()});
            place(siblings.get(i).sections());
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
        // The height the browser assumes for a section it has not drawn yet (plan.css: content-visibility), near
        // enough that scrolling to a row far down lands close to it.
        box.getElement().getStyle().set("contain-intrinsic-size", "auto "
                + (6 + 3 * n.section().indicators().size() + 3 * n.section().rows().size()) + "rem");
        box.add(n.level() == 1 ? new H3(n.number() + n.section().title()) : new H4(n.number() + n.section().title()));
        if (n.section().description() != null) {
            Paragraph description = new Paragraph(n.section().description());
            description.addClassName("plan-description");
            box.add(description);
        }
        if (editing != null) {
            int[] at = places.getOrDefault(n.section().id(), new int[] {0, 1});
            box.add(editing.sectionTools(n.section(), at[0], at[1]));
        }
        if (!n.section().indicators().isEmpty()) {
            LineTree block = LineTree.root();
            LineTree header = block.appendElement("div").addClass("plan-line-head");
            for (String key : List.of("plan.col.indicator", "plan.col.planned", "plan.col.actual", "plan.col.percent")) {
                header.appendElement("span").text(getTranslation(key));
            }
            n.section().indicators().forEach(i -> indicator(block, i));
            LineBlock indicators = LineBlock.of(block, "plan-indicators");
            if (editing != null) {
                onIndicator(indicators, n.section(), ACTUAL, i -> new ActualDialog(view, i).open());
                onIndicator(indicators, n.section(), EDIT_INDICATOR, editing::editIndicator);
                onIndicator(indicators, n.section(), REMOVE_INDICATOR, editing::removeIndicator);
            }
            box.add(indicators);
        }
        if (!n.section().rows().isEmpty()) {
            box.add(RowLines.of(n.section().rows(), page, texts, this::getTranslation, editing));
        }
        add(box);
    }

    private static void onIndicator(LineBlock block, Section section, String attribute, Consumer<Indicator> action) {
        LineBlock.onButton(block, attribute, id -> section.indicators().stream().filter(i -> i.id().equals(id)).findFirst()
                .ifPresent(action));
    }

    private void indicator(LineTree block, Indicator i) {
        LineTree line = block.appendElement("div").addClass("plan-line").addClass("plan-indicator").id("indicator-" + i.id());
        LineTree name = line.appendElement("div").addClass("plan-indicator-name");
        name.appendElement("span").text(texts.name(i));
        for (int b = 0; b < i.breakdowns().size(); b++) {
            int index = b;
            LineTree part = name.appendElement("span").addClass("plan-breakdown").text(texts.breakdown(i, b));
            if (page.warnings().stream().anyMatch(w -> w.indicatorId().equals(i.id()) && w.breakdown() == index)) {
                part.addClass("plan-warning");
            }
        }
        BigDecimal actual = i.actual(null);
        line.appendElement("span").text(texts.amount(i.planned()));
        line.appendElement("span").addClass("plan-actual").text(i.actuals().isEmpty() ? "—" : texts.amount(actual));
        LineTree end = line.appendElement("div").addClass("plan-line-end");
        end.appendElement("span").addClass("plan-percent").text(percent(i.planned(), actual, !i.actuals().isEmpty()));
        if (editing != null) {
            LineBlock.button(end, ACTUAL, i.id(), getTranslation("plan.ui.actual"), "plan-actual-enter");
            LineBlock.button(end, EDIT_INDICATOR, i.id(), getTranslation("plan.edit.edit"), "plan-indicator-edit");
            LineBlock.iconButton(end, REMOVE_INDICATOR, i.id(), "×", getTranslation("plan.edit.remove"), "plan-indicator-remove");
        }
    }

    static String percent(BigDecimal planned, BigDecimal actual, boolean any) {
        if (!any || planned == null || planned.signum() == 0) {
            return "—";
        }
        return actual.multiply(BigDecimal.valueOf(100)).divide(planned, 0, RoundingMode.HALF_UP) + " %";
    }
}
