package org.partnershipworkshop.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import org.partnershipworkshop.plan.FactStatus;
import org.partnershipworkshop.plan.LinkView;
import org.partnershipworkshop.plan.PlanPage;
import org.partnershipworkshop.plan.PlanTexts;
import org.partnershipworkshop.plan.Row;
import org.partnershipworkshop.plan.RowSchedule;
import org.partnershipworkshop.plan.Term;

/**
 * A section's rows as one {@link LineBlock} instead of a dozen components per row (decision 0181): a plan of 2,000
 * rows otherwise sent some 20,000 state nodes and 2,000 buttons to the browser, and its page took six seconds to
 * open. Each row's "Fact" button carries the row's id; the block's one listener opens that row's dialog.
 */
final class RowLines {

    private static final String FACT = "fact";
    private static final String EDIT = "edit";
    private static final String UP = "up";
    private static final String DOWN = "down";
    private static final String REMOVE = "remove";

    /** What the rows' buttons do, for a person who may change the plan. */
    interface Actions {
        void fact(Row row);

        void edit(Row row);

        /** Moves the row up (-1) or down (+1) within its section. */
        void move(Row row, int delta);

        void remove(Row row);
    }

    private RowLines() {
    }

    /** The rows with a header line; {@code actions} null when the person may only read. */
    static Component of(List<Row> rows, PlanPage page, PlanTexts texts, Function<String, String> translate,
                        Actions actions) {
        LineTree block = LineTree.root();
        LineTree header = block.appendElement("div").addClass("plan-line-head");
        for (String key : List.of("plan.col.activity", "plan.col.term", "plan.col.responsible", "plan.col.status")) {
            header.appendElement("span").text(translate.apply(key));
        }
        if (actions != null) {
            LineTree tools = block.template("tools").addClass("plan-row-tools");
            LineBlock.button(tools, EDIT, "", translate.apply("plan.edit.edit"), "plan-row-edit");
            LineBlock.iconButton(tools, UP, "", "↑", translate.apply("plan.edit.up"), "plan-row-up");
            LineBlock.iconButton(tools, DOWN, "", "↓", translate.apply("plan.edit.down"), "plan-row-down");
            LineBlock.iconButton(tools, REMOVE, "", "×", translate.apply("plan.edit.remove"), "plan-row-remove");
            LineTree fact = block.template("fact");
            LineBlock.button(fact, FACT, "", translate.apply("plan.ui.fact"), "plan-fact");
        }
        for (Row r : rows) {
            line(block, r, page, texts, translate, actions != null);
        }
        LineBlock box = LineBlock.of(block, "plan-rows");
        if (actions != null) {
            on(box, rows, FACT, actions::fact);
            on(box, rows, EDIT, actions::edit);
            on(box, rows, UP, r -> actions.move(r, -1));
            on(box, rows, DOWN, r -> actions.move(r, 1));
            on(box, rows, REMOVE, actions::remove);
        }
        return box;
    }

    private static void on(LineBlock box, List<Row> rows, String attribute, Consumer<Row> action) {
        LineBlock.onButton(box, attribute, id -> rows.stream().filter(r -> r.id().equals(id)).findFirst().ifPresent(action));
    }

    private static void line(LineTree block, Row r, PlanPage page, PlanTexts texts, Function<String, String> translate,
                             boolean editable) {
        LineTree line = block.appendElement("div").addClass("plan-line").addClass("plan-row").id("row-" + r.id());
        if (r.heading()) {
            line.addClass("plan-row-heading");
        }
        if (r.level() > 0) {
            line.addClass("plan-row-sub");
        }
        LineTree text = line.appendElement("div").addClass("plan-row-text");
        text.appendElement("span").text(r.text());
        if (r.audience() != null) {
            text.appendElement("span").addClass("plan-audience").text(r.audience());
        }
        LinkView link = page.links().get(r.id());
        if (link != null) {
            text.appendElement("span").addClass("plan-linked").text("→ " + (link.title() == null ? "" : link.title()));
        }
        RowSchedule schedule = page.schedule(r);
        term(line, r, schedule.term(), translate);
        line.appendElement("span").text(String.join(", ", texts.names(r)));
        LineTree end = line.appendElement("div").addClass("plan-line-end");
        if (editable) {
            end.use("tools", r.id());
        }
        if (r.heading()) {
            return;
        }
        LineTree status = end.appendElement("div").addClass("plan-row-status");
        FactStatus fact = schedule.status();
        status.appendElement("span").addClass("plan-badge").addClass("plan-fact-" + fact.name().toLowerCase(Locale.ROOT))
                .text(translate.apply(fact.labelKey()));
        if (schedule.overdue()) {
            status.appendElement("span").addClass("plan-badge").addClass("plan-overdue").text(translate.apply("plan.ui.overdue"));
        }
        if (editable) {
            end.use("fact", r.id());
        }
    }

    private static void term(LineTree line, Row r, Term term, Function<String, String> translate) {
        String written = r.term() == null ? "" : r.term();
        if (r.term() != null && !term.understood()) {
            LineTree box = line.appendElement("div");
            box.appendElement("span").addClass("plan-term").addClass("plan-term-unknown")
                    .title(translate.apply("plan.ui.termUnknown")).text(written);
            box.appendElement("span").addClass("plan-term-mark").text(translate.apply("plan.ui.termUnknownShort"));
            return;
        }
        line.appendElement("span").addClass("plan-term").title(translate.apply(term.kind().labelKey())).text(written);
    }
}
