package org.partnershipworkshop.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.partnershipworkshop.base.ui.ImportDialog;
import org.partnershipworkshop.plan.Indicator;
import org.partnershipworkshop.plan.PlanEdit;
import org.partnershipworkshop.plan.Row;
import org.partnershipworkshop.plan.Section;

/**
 * What a person who may change the plan gets on its sheet: tools per section (a row, an indicator, a sub-section,
 * the section's own text, moving it, removing it when empty), section I's text, a new top section, and the rows'
 * and indicators' buttons (edit, move up and down, remove — after asking). Every change is one {@link PlanEdit} the
 * service applies under the plan's lock; what the plan's rules refuse is said in the person's language.
 */
final class SheetEditing implements RowLines.Actions {

    private final PlanView view;

    SheetEditing(PlanView view) {
        this.view = view;
    }

    @Override
    public void fact(Row row) {
        new FactDialog(view, row, view.page().schedule(row), null).open();
    }

    @Override
    public void edit(Row row) {
        new RowDialog(view, row, null).open();
    }

    @Override
    public void move(Row row, int delta) {
        view.page().plan().sectionOf(row).ifPresent(s -> {
            int at = s.rows().indexOf(s.rows().stream().filter(r -> r.id().equals(row.id())).findFirst().orElseThrow());
            int to = at + delta;
            if (to >= 0 && to < s.rows().size()) {
                view.tryEdit(new PlanEdit.MoveRow(row.id(), s.id(), to), null);
            }
        });
    }

    @Override
    public void remove(Row row) {
        confirm(view.getTranslation("plan.edit.removeRow", row.text()),
                () -> view.tryEdit(new PlanEdit.RemoveRow(row.id()), "plan.edit.rowRemoved"));
    }

    void editIndicator(Indicator indicator) {
        new IndicatorDialog(view, indicator, null).open();
    }

    void removeIndicator(Indicator indicator) {
        confirm(view.getTranslation("plan.edit.removeIndicator", indicator.name()),
                () -> view.tryEdit(new PlanEdit.RemoveIndicator(indicator.id()), "plan.edit.indicatorRemoved"));
    }

    /**
     * The tools under a section's title; {@code at} is its place among its {@code siblings} sections. Plain buttons in
     * a {@link LineBlock}, like the rows' tools: twenty sections of Vaadin buttons cost the page half a second.
     */
    Component sectionTools(Section s, int at, int siblings) {
        LineTree tools = LineTree.root();
        LineTree bar = tools.appendElement("div").addClass("plan-section-tools");
        LineBlock.button(bar, "add-row", s.id(), "+ " + view.getTranslation("plan.edit.addRow"), "plan-add-row");
        LineBlock.button(bar, "add-indicator", s.id(), "+ " + view.getTranslation("plan.edit.addIndicator"), "plan-add-indicator");
        LineBlock.button(bar, "add-subsection", s.id(), "+ " + view.getTranslation("plan.edit.addSubsection"), "plan-add-subsection");
        LineBlock.button(bar, "edit-section", s.id(), "✎ " + view.getTranslation("plan.edit.editSection"), "plan-edit-section");
        if (at > 0) {
            LineBlock.button(bar, "section-up", s.id(), "↑ " + view.getTranslation("plan.edit.up"), "plan-section-up");
        }
        if (at < siblings - 1) {
            LineBlock.button(bar, "section-down", s.id(), "↓ " + view.getTranslation("plan.edit.down"), "plan-section-down");
        }
        LineBlock.button(bar, "import-rows", s.id(), "⇪ " + view.getTranslation("plan.edit.importRows"), "plan-import-rows");
        boolean empty = s.rows().isEmpty() && s.indicators().isEmpty() && s.sections().isEmpty();
        if (empty) {
            LineBlock.button(bar, "remove-section", s.id(), "× " + view.getTranslation("plan.edit.removeSectionButton"),
                    "plan-remove-section");
        }
        LineBlock block = LineBlock.of(tools, "plan-section-toolbar");
        LineBlock.onButton(block, "add-row", id -> new RowDialog(view, null, s.id()).open());
        LineBlock.onButton(block, "add-indicator", id -> new IndicatorDialog(view, null, s.id()).open());
        LineBlock.onButton(block, "add-subsection", id -> new SectionDialog(view, null, s.id()).open());
        LineBlock.onButton(block, "edit-section", id -> new SectionDialog(view, s, null).open());
        LineBlock.onButton(block, "section-up", id -> view.tryEdit(new PlanEdit.MoveSection(s.id(), -1), null));
        LineBlock.onButton(block, "section-down", id -> view.tryEdit(new PlanEdit.MoveSection(s.id(), 1), null));
        LineBlock.onButton(block, "import-rows", id -> importRows(s));
        LineBlock.onButton(block, "remove-section", id -> confirm(view.getTranslation("plan.edit.removeSection", s.title()),
                () -> view.tryEdit(new PlanEdit.RemoveSection(s.id()), "plan.edit.sectionRemoved")));
        return block;
    }

    /** Rows from a spreadsheet added at the end of the section: all or none, every problem with its sheet row. */
    private void importRows(Section s) {
        new ImportDialog(view.getTranslation("plan.edit.importRowsTitle", s.title()), view.getTranslation("plan.edit.importRowsHelp"),
                xlsx -> view.importRows(s.id(), xlsx), added -> { })
                .acceptFiles("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx").open();
    }

    /** The plan-wide tools above the sheet: section I's text and a new top-level section. */
    Component sheetTools() {
        Div tools = new Div(
                tool("plan.edit.editIntro", VaadinIcon.EDIT, "plan-edit-intro", () -> new IntroDialog(view).open()),
                tool("plan.edit.addSection", VaadinIcon.PLUS, "plan-add-section", () -> new SectionDialog(view, null, null).open()));
        tools.addClassName("plan-sheet-tools");
        return tools;
    }

    private Button tool(String key, VaadinIcon icon, String className, Runnable action) {
        Button button = new Button(view.getTranslation(key), icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        button.addClassName(className);
        return button;
    }

    private void confirm(String text, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog(view.getTranslation("plan.edit.confirmTitle"), text,
                view.getTranslation("plan.edit.remove"), e -> action.run());
        dialog.setCancelable(true);
        dialog.setCancelText(view.getTranslation("action.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addClassName("plan-confirm");
        dialog.open();
    }
}
