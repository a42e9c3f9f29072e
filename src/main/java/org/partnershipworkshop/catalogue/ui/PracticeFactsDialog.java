package org.partnershipworkshop.catalogue.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.Rules;
import org.partnershipworkshop.base.ui.FormDialog;
import org.partnershipworkshop.base.ui.Formats;
import org.partnershipworkshop.base.ui.LanguageSwitch;
import org.partnershipworkshop.catalogue.PracticeFacts;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingDetails.PresentationView;
import org.partnershipworkshop.meeting.MeetingSummary;

/**
 * A practice's facts: language, region, years, target group, and the meeting and presentation it was
 * presented at (or none). A new practice also needs its name, which becomes the passport's first note.
 */
class PracticeFactsDialog extends FormDialog<PracticeFactsDialog.Form> {

    /** What the dialog hands back; {@code name} is null when editing (the name lives on the passport). */
    record Form(PracticeFacts facts, String name) {
    }

    private final TextArea name = new TextArea();
    private final Select<Language> language = new Select<>();
    private final ComboBox<String> region = new ComboBox<>();
    private final IntegerField fromYear = new IntegerField();
    private final IntegerField toYear = new IntegerField();
    private final TextField targetGroup = new TextField();
    private final ComboBox<MeetingSummary> meeting = new ComboBox<>();
    private final ComboBox<PresentationView> presentation = new ComboBox<>();
    private final LongFunction<MeetingDetails> details;
    private final boolean withName;

    /**
     * {@code initialName}: the name to start from, or null when editing an existing practice; {@code details}
     * reads a meeting's programme when one is chosen.
     */
    PracticeFactsDialog(String heading, String initialName, PracticeFacts initial, List<MeetingSummary> meetings,
                        LongFunction<MeetingDetails> details, List<String> regions, Consumer<Form> onSave) {
        super(heading, onSave);
        this.details = details;
        this.withName = initialName != null;
        addClassName("practice-facts-dialog");
        setWidth("min(44rem, 96vw)");
        name.setLabel(getTranslation("practice.name"));
        name.setRequired(true);
        name.setMaxLength(Limits.TEXT);
        name.setHelperText(getTranslation("practice.name.helper"));
        name.setValue(initialName == null ? "" : initialName);
        language.setLabel(getTranslation("practice.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(LanguageSwitch::nativeName);
        language.setHelperText(getTranslation("practice.language.helper"));
        language.setValue(initial.language());
        region.setLabel(getTranslation("practice.region"));
        region.setItems(regions);
        region.setAllowCustomValue(true);
        region.addCustomValueSetListener(e -> region.setValue(e.getDetail()));
        region.setClearButtonVisible(true);
        region.setValue(initial.region());
        fromYear.setLabel(getTranslation("practice.fromYear"));
        toYear.setLabel(getTranslation("practice.toYear"));
        toYear.setHelperText(getTranslation("practice.toYear.helper"));
        for (IntegerField year : List.of(fromYear, toYear)) {
            year.setMin(PracticeFacts.FIRST_YEAR);
            year.setMax(PracticeFacts.LAST_YEAR);
        }
        fromYear.setValue(initial.fromYear());
        toYear.setValue(initial.toYear());
        targetGroup.setLabel(getTranslation("practice.targetGroup"));
        targetGroup.setMaxLength(Limits.TEXT);
        targetGroup.setValue(initial.targetGroup() == null ? "" : initial.targetGroup());
        meeting.setLabel(getTranslation("practice.meeting"));
        meeting.setItems(meetings);
        meeting.setItemLabelGenerator(m -> m.title() + " · " + Formats.dates(m.startDate(), m.endDate(), getLocale()));
        meeting.setClearButtonVisible(true);
        meeting.setHelperText(getTranslation("practice.meeting.helper"));
        presentation.setLabel(getTranslation("practice.presentation"));
        presentation.setItemLabelGenerator(p -> p.presentation().speaker() == null ? p.presentation().title()
                : p.presentation().speaker() + ": " + p.presentation().title());
        presentation.setClearButtonVisible(true);
        meetings.stream().filter(m -> initial.meetingId() != null && m.id() == initial.meetingId()).findFirst()
                .ifPresent(meeting::setValue);
        showProgramme(initial.presentationId());
        meeting.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                showProgramme(null);
            }
        });
        FormLayout form = new FormLayout();
        if (withName) {
            form.add(name, 2);
        }
        form.add(language, region, fromYear, toYear);
        form.add(targetGroup, 2);
        form.add(meeting, 2);
        form.add(presentation, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        add(form);
    }

    /** The chosen meeting's presentations, with the given one selected. */
    private void showProgramme(Long selected) {
        MeetingSummary chosen = meeting.getValue();
        if (chosen == null) {
            presentation.setItems(List.of());
            presentation.setEnabled(false);
            return;
        }
        List<PresentationView> all = details.apply(chosen.id()).sessions().stream()
                .flatMap(s -> s.presentations().stream()).toList();
        presentation.setItems(all);
        presentation.setEnabled(!all.isEmpty());
        all.stream().filter(p -> selected != null && p.id() == selected).findFirst().ifPresent(presentation::setValue);
    }

    @Override
    protected Form read() {
        String practiceName = withName ? Rules.required(strip(name.getValue()), "name", Limits.TEXT) : null;
        PracticeFacts facts = new PracticeFacts(language.getValue(), region.getValue(), fromYear.getValue(),
                toYear.getValue(), targetGroup.getValue(), meeting.getValue() == null ? null : meeting.getValue().id(),
                presentation.getValue() == null ? null : presentation.getValue().id());
        return new Form(facts, practiceName);
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("language", language);
        fields.put("region", region);
        fields.put("fromYear", fromYear);
        fields.put("toYear", toYear);
        fields.put("targetGroup", targetGroup);
        fields.put("meeting", meeting);
        fields.put("presentation", presentation);
        if (withName) {
            fields.put("name", name);
        }
        return fields;
    }
}
