package org.partnershipworkshop.plan.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.ui.FormDialog;
import org.partnershipworkshop.plan.PlanEdit;
import org.partnershipworkshop.plan.StaffMember;

/**
 * One person of the department's staff list: name, position, and whether they are one of «Все методисты». A new
 * person gets an id the plan does not use yet; the staff list is saved whole, and a person still named by rows
 * cannot be removed (the rows are listed).
 */
class PersonDialog extends FormDialog<StaffMember> {

    private final TextField name = new TextField();
    private final TextField position = new TextField();
    private final Checkbox methodist = new Checkbox();
    private final StaffMember person;
    private final List<StaffMember> staff;

    PersonDialog(PlanView view, StaffMember person) {
        super(view.getTranslation(person == null ? "plan.edit.personNew" : "plan.edit.personTitle"),
                member -> view.edit(new PlanEdit.SetStaff(replaced(view.page().plan().staff(), person, member)),
                        "plan.edit.staffSaved"));
        this.person = person;
        this.staff = view.page().plan().staff();
        addClassName("plan-person-dialog");
        setWidth("min(32rem, 96vw)");
        name.setLabel(getTranslation("plan.edit.personName"));
        name.setMaxLength(Limits.TITLE);
        name.setRequired(true);
        name.setWidthFull();
        name.addClassName("plan-person-name-field");
        position.setLabel(getTranslation("plan.edit.position"));
        position.setMaxLength(Limits.TITLE);
        position.setWidthFull();
        methodist.setLabel(getTranslation("plan.edit.methodist"));
        methodist.setValue(person == null || person.methodist());
        if (person != null) {
            name.setValue(person.name());
            position.setValue(person.position() == null ? "" : person.position());
        }
        add(name, position, methodist);
    }

    /** The staff list with the person changed, or added last. */
    static List<StaffMember> replaced(List<StaffMember> staff, StaffMember before, StaffMember after) {
        List<StaffMember> next = new ArrayList<>(staff.stream().map(s -> before != null && s.id().equals(before.id()) ? after : s).toList());
        if (before == null) {
            next.add(after);
        }
        return next;
    }

    /** Staff ids are short and readable: p1, p2, … the first one free. */
    private String newId() {
        int n = 1;
        while (true) {
            String id = "p" + n;
            if (staff.stream().noneMatch(s -> s.id().equals(id))) {
                return id;
            }
            n++;
        }
    }

    @Override
    protected StaffMember read() {
        String p = strip(position.getValue());
        return new StaffMember(person == null ? newId() : person.id(), strip(name.getValue()), p.isEmpty() ? null : p,
                methodist.getValue(), person == null ? null : person.account());
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        return Map.of("name", name, "position", position);
    }
}
