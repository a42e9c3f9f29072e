package org.partnershipworkshop.meeting.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.ui.FormDialog;
import org.partnershipworkshop.meeting.Person;

/** The named participants and guests of a meeting: name, role, organisation per row. */
class PeopleDialog extends FormDialog<List<Person>> {

    private record Row(Div layout, TextField name, TextField role, TextField organization) {
    }

    private final Div rows = new Div();
    private final List<Row> inputs = new ArrayList<>();

    PeopleDialog(String heading, List<Person> people, Consumer<List<Person>> onSave) {
        super(heading, onSave);
        setWidth("min(60rem, 96vw)");
        rows.addClassName("people-rows");
        people.forEach(this::addRow);
        if (people.isEmpty()) {
            addRow(null);
        }
        Button add = new Button(getTranslation("people.add"), VaadinIcon.PLUS.create(), e -> addRow(null).name().focus());
        add.addThemeVariants(ButtonVariant.TERTIARY);
        add(rows, add);
    }

    private Row addRow(Person person) {
        TextField name = field("person.name", person == null ? null : person.name());
        TextField role = field("person.role", person == null ? null : person.role());
        TextField organization = field("person.organization", person == null ? null : person.organization());
        Div layout = new Div(name, role, organization);
        layout.addClassName("people-row");
        Row row = new Row(layout, name, role, organization);
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
            inputs.remove(row);
            rows.remove(layout);
        });
        remove.addThemeVariants(ButtonVariant.TERTIARY);
        remove.setAriaLabel(getTranslation("action.remove"));
        layout.add(remove);
        inputs.add(row);
        rows.add(layout);
        return row;
    }

    private TextField field(String labelKey, String value) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setValue(value == null ? "" : value);
        return field;
    }

    @Override
    protected List<Person> read() {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Row row = inputs.get(i);
            if (row.name().isEmpty() && row.role().isEmpty() && row.organization().isEmpty()) {
                continue;
            }
            try {
                people.add(new Person(strip(row.name().getValue()), strip(row.role().getValue()),
                        strip(row.organization().getValue())));
            } catch (ValidationFailedException e) {
                throw new ValidationFailedException(e.violations().stream().map(v -> v.under("people[" + inputs.indexOf(row) + "]")).toList());
            }
        }
        return people;
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            fields.put("people[" + i + "]", inputs.get(i).name());
        }
        return fields;
    }
}
