package org.partnershipworkshop.action.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.partnershipworkshop.action.EventForm;
import org.partnershipworkshop.action.LibraryEvent;
import org.partnershipworkshop.action.Outcome;
import org.partnershipworkshop.action.Venue;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.ui.DatePickers;
import org.partnershipworkshop.base.ui.FormDialog;

/**
 * One event of a library's plan: title, date, form, place (in the library, outside, online with its link),
 * audience, responsible person; and what came of it — held or not, how many took part, a link to what was
 * published. "Not reported yet" leaves the outcome out.
 */
class EventDialog extends FormDialog<LibraryEvent> {

    private final TextField title = new TextField();
    private final DatePicker date = DatePickers.of();
    private final Select<EventForm> form = new Select<>();
    private final Select<Venue> place = new Select<>();
    private final TextField link = new TextField();
    private final TextField audience = new TextField();
    private final TextField responsible = new TextField();
    private final Checkbox reported = new Checkbox();
    private final Checkbox held = new Checkbox();
    private final IntegerField participants = new IntegerField();
    private final TextField outcomeLink = new TextField();

    EventDialog(String heading, LibraryEvent event, Consumer<LibraryEvent> onSave) {
        super(heading, onSave);
        addClassName("action-event-dialog");
        setWidth("min(44rem, 96vw)");
        title.setLabel(getTranslation("action.event.title"));
        title.setRequired(true);
        title.setMaxLength(Limits.TEXT);
        title.addClassName("action-event-title");
        date.setLabel(getTranslation("action.event.date"));
        form.setLabel(getTranslation("action.event.form"));
        form.setItems(EventForm.values());
        form.setItemLabelGenerator(f -> getTranslation(f.labelKey()));
        place.setLabel(getTranslation("action.event.place"));
        place.setItems(Venue.values());
        place.setItemLabelGenerator(v -> getTranslation(v.labelKey()));
        link.setLabel(getTranslation("action.event.link"));
        link.setPlaceholder(getTranslation("action.event.linkPlaceholder"));
        audience.setLabel(getTranslation("action.event.audience"));
        responsible.setLabel(getTranslation("action.event.responsible"));
        reported.setLabel(getTranslation("action.event.reported"));
        held.setLabel(getTranslation("action.event.held"));
        participants.setLabel(getTranslation("action.event.participants"));
        participants.setMin(0);
        outcomeLink.setLabel(getTranslation("action.event.outcomeLink"));
        outcomeLink.setPlaceholder(getTranslation("action.event.linkPlaceholder"));
        reported.addValueChangeListener(e -> showOutcome());
        held.addValueChangeListener(e -> showOutcome());
        place.addValueChangeListener(e -> link.setVisible(e.getValue() == Venue.ONLINE));
        fill(event);
        FormLayout layout = new FormLayout(title, date, form, place, link, audience, responsible, reported, held, participants, outcomeLink);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        layout.setColspan(title, 2);
        layout.setColspan(link, 2);
        layout.setColspan(reported, 2);
        layout.setColspan(outcomeLink, 2);
        add(layout);
        showOutcome();
    }

    private void fill(LibraryEvent e) {
        if (e == null) {
            form.setValue(EventForm.EXHIBITION);
            place.setValue(Venue.LIBRARY);
            return;
        }
        title.setValue(e.title());
        date.setValue(e.date());
        form.setValue(e.form());
        place.setValue(e.place());
        link.setValue(e.link() == null ? "" : e.link());
        audience.setValue(e.audience() == null ? "" : e.audience());
        responsible.setValue(e.responsible() == null ? "" : e.responsible());
        reported.setValue(e.outcome() != null);
        if (e.outcome() != null) {
            held.setValue(e.outcome().held());
            participants.setValue(e.outcome().participants());
            outcomeLink.setValue(e.outcome().link() == null ? "" : e.outcome().link());
        }
    }

    private void showOutcome() {
        held.setVisible(reported.getValue());
        participants.setVisible(reported.getValue() && held.getValue());
        outcomeLink.setVisible(reported.getValue() && held.getValue());
        link.setVisible(place.getValue() == Venue.ONLINE);
    }

    @Override
    protected LibraryEvent read() {
        Outcome outcome = !reported.getValue() ? null : new Outcome(held.getValue(), participants.getValue(), outcomeLink.getValue());
        return new LibraryEvent(title.getValue(), date.getValue(), form.getValue(), place.getValue(),
                place.getValue() == Venue.ONLINE ? link.getValue() : null, audience.getValue(), responsible.getValue(), outcome);
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("place", place);
        fields.put("link", link);
        fields.put("audience", audience);
        fields.put("responsible", responsible);
        fields.put("participants", participants);
        fields.put("outcome.link", outcomeLink);
        return fields;
    }
}
