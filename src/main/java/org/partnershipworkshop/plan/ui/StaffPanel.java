package org.partnershipworkshop.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import org.partnershipworkshop.plan.DueRow;
import org.partnershipworkshop.plan.PlanEdit;
import org.partnershipworkshop.plan.StaffMember;
import org.partnershipworkshop.plan.Workload;

/**
 * The staff's workload: for each person of the department (name, position) the number of rows due in each month
 * of the year — their own and the «Все методисты» ones — and the rows that go on all year; opened, a person's
 * rows month by month.
 */
class StaffPanel extends Div {

    /** {@code view} null when the person may only read; else each person can be changed and people added. */
    StaffPanel(Workload workload, PlanView view) {
        addClassName("plan-staff");
        if (view != null) {
            Button add = new Button(getTranslation("plan.edit.addPerson"), VaadinIcon.PLUS.create(),
                    e -> new PersonDialog(view, null).open());
            add.addThemeVariants(ButtonVariant.TERTIARY);
            add.addClassName("plan-add-person");
            add(add);
        }
        if (workload.people().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("plan.ui.noStaff"));
            none.addClassName("plan-month-none");
            add(none);
            return;
        }
        Div table = new Div();
        table.addClassName("plan-workload");
        Div head = new Div(new Span(getTranslation("plan.col.responsible")));
        head.addClassName("plan-workload-head");
        for (int m = 1; m <= 12; m++) {
            head.add(new Span(YearMonth.of(workload.year(), m).getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, getLocale())));
        }
        head.add(new Span(getTranslation("plan.ui.ongoing")));
        if (view != null) {
            head.add(new Span());
            table.addClassName("plan-workload-editable");
        }
        table.add(head);
        for (Workload.Person p : workload.people()) {
            Div line = new Div();
            line.addClassName("plan-workload-line");
            Span who = new Span(p.member().name() + (p.member().position() == null ? "" : ", " + p.member().position()));
            who.addClassName("plan-workload-who");
            line.add(who);
            int most = 0;
            for (int m = 1; m <= 12; m++) {
                most = Math.max(most, p.count(YearMonth.of(workload.year(), m)));
            }
            for (int m = 1; m <= 12; m++) {
                int count = p.count(YearMonth.of(workload.year(), m));
                Span cell = new Span(count == 0 ? "·" : String.valueOf(count));
                if (count > 0 && count == most) {
                    cell.addClassName("plan-workload-peak");
                }
                line.add(cell);
            }
            line.add(new Span(String.valueOf(p.ongoing().size())));
            if (view != null) {
                line.add(personTools(view, p.member()));
            }
            table.add(line);
        }
        add(table);
        for (Workload.Person p : workload.people()) {
            // A person's rows are built when opened: with 2,000 rows a person may have hundreds (decision 0181).
            Div rows = new Div();
            Details details = new Details(p.member().name(), rows);
            details.addClassName("plan-person");
            details.addOpenedChangeListener(e -> {
                if (e.isOpened() && rows.getChildren().findAny().isEmpty()) {
                    fill(rows, p);
                }
            });
            add(details);
        }
    }

    private Div personTools(PlanView view, StaffMember member) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> new PersonDialog(view, member).open());
        edit.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        edit.setAriaLabel(getTranslation("plan.edit.personTitle") + ": " + member.name());
        edit.setTooltipText(getTranslation("plan.edit.personTitle"));
        edit.addClassName("plan-person-edit");
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> view.tryEdit(new PlanEdit.SetStaff(
                view.page().plan().staff().stream().filter(s -> !s.id().equals(member.id())).toList()), "plan.edit.staffSaved"));
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL, ButtonVariant.ERROR);
        remove.setAriaLabel(getTranslation("plan.edit.remove") + ": " + member.name());
        remove.setTooltipText(getTranslation("plan.edit.removePersonHelp"));
        remove.addClassName("plan-person-remove");
        Div tools = new Div(edit, remove);
        tools.addClassName("plan-workload-tools");
        return tools;
    }

    private void fill(Div rows, Workload.Person p) {
        p.byMonth().forEach((month, due) -> {
            rows.add(new Paragraph(month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, getLocale())));
            rows.add(list(due));
        });
        if (!p.ongoing().isEmpty()) {
            rows.add(new Paragraph(getTranslation("plan.ui.ongoing")));
            rows.add(list(p.ongoing()));
        }
    }

    private static UnorderedList list(List<DueRow> rows) {
        UnorderedList list = new UnorderedList();
        rows.forEach(r -> list.add(new ListItem(r.text() + (r.term() == null ? "" : " — " + r.term()))));
        return list;
    }
}
