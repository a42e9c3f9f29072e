package org.partnershipworkshop.meeting.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.ui.DatePickers;
import org.partnershipworkshop.base.ui.FormDialog;
import org.partnershipworkshop.meeting.Presentation;

/**
 * An item of the programme: who spoke, from where, on what — and its plan: the day and time it starts, the
 * place, the person responsible. A time typed without a day takes the meeting's first day.
 */
@StyleSheet("./dialogue.css")
class PresentationDialog extends FormDialog<Presentation> {

    private final TextField speaker = new TextField();
    private final TextField role = new TextField();
    private final TextField organization = new TextField();
    private final TextField title = new TextField();
    private final TextArea summary = new TextArea();
    private final DatePicker date = DatePickers.of();
    private final TimePicker time = new TimePicker();
    private final TextField place = new TextField();
    private final TextField responsible = new TextField();

    PresentationDialog(String heading, Presentation existing, LocalDate meetingStart, Consumer<Presentation> onSave) {
        super(heading, onSave);
        setWidth("min(44rem, 96vw)");
        addClassName("presentation-dialog");
        title.setLabel(getTranslation("presentation.title"));
        title.setRequired(true);
        title.setMaxLength(Limits.TEXT);
        speaker.setLabel(getTranslation("presentation.speaker"));
        role.setLabel(getTranslation("presentation.role"));
        organization.setLabel(getTranslation("presentation.organization"));
        summary.setLabel(getTranslation("presentation.summary"));
        summary.setMaxLength(Limits.LONG_TEXT);
        summary.setMinHeight("8rem");
        date.setLabel(getTranslation("programme.plan.date"));
        date.setLocale(getLocale());
        date.setClearButtonVisible(true);
        date.setInitialPosition(meetingStart);
        time.setLabel(getTranslation("programme.plan.time"));
        time.setLocale(getLocale());
        time.setStep(Duration.ofMinutes(15));
        time.setClearButtonVisible(true);
        time.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && date.getValue() == null) {
                date.setValue(meetingStart);
            }
        });
        place.setLabel(getTranslation("programme.plan.place"));
        place.setMaxLength(Limits.TEXT);
        responsible.setLabel(getTranslation("programme.plan.responsible"));
        responsible.setHelperText(getTranslation("programme.plan.responsibleHelp"));
        responsible.setMaxLength(Limits.TEXT);
        if (existing != null) {
            title.setValue(existing.title());
            speaker.setValue(text(existing.speaker()));
            role.setValue(text(existing.role()));
            organization.setValue(text(existing.organization()));
            summary.setValue(text(existing.summary()));
            date.setValue(existing.date());
            time.setValue(existing.time());
            place.setValue(text(existing.place()));
            responsible.setValue(text(existing.responsible()));
        }
        FormLayout form = new FormLayout(title, date, time, place, responsible, speaker, role, organization, summary);
        form.setColspan(title, 2);
        form.setColspan(organization, 2);
        form.setColspan(summary, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
        add(form);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    @Override
    protected Presentation read() {
        return new Presentation(strip(speaker.getValue()), strip(role.getValue()), strip(organization.getValue()),
                strip(title.getValue()), strip(summary.getValue()), date.getValue(), time.getValue(),
                strip(place.getValue()), strip(responsible.getValue()));
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        return Map.of("speaker", speaker, "role", role, "organization", organization, "title", title, "summary", summary,
                "date", date, "time", time, "place", place, "responsible", responsible);
    }
}
