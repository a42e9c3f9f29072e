package org.partnershipworkshop.meeting.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.ui.DatePickers;
import org.partnershipworkshop.base.ui.FormDialog;
import org.partnershipworkshop.base.ui.LanguageSwitch;
import org.partnershipworkshop.meeting.MeetingFacts;

/** The facts of a meeting: title, kind, dates, place, organisers, regions, language of its content. */
class MeetingFactsDialog extends FormDialog<MeetingFacts> {

    private final TextField title = new TextField();
    private final TextField kind = new TextField();
    private final TextArea description = new TextArea();
    private final Select<Language> language = new Select<>();
    private final DatePicker startDate = DatePickers.of();
    private final DatePicker endDate = DatePickers.of();
    private final TextField venue = new TextField();
    private final TextField host = new TextField();
    private final TextArea organizers = new TextArea();
    private final TextArea regions = new TextArea();
    private final IntegerField participantCount = new IntegerField();

    MeetingFactsDialog(String heading, MeetingFacts existing, Language defaultLanguage, Consumer<MeetingFacts> onSave) {
        super(heading, onSave);
        setWidth("min(52rem, 96vw)");
        title.setLabel(getTranslation("meeting.title"));
        title.setRequired(true);
        title.setMaxLength(Limits.TITLE);
        kind.setLabel(getTranslation("meeting.kind"));
        kind.setPlaceholder(getTranslation("meeting.kind.placeholder"));
        description.setLabel(getTranslation("meeting.description"));
        description.setMaxLength(Limits.LONG_TEXT);
        language.setLabel(getTranslation("meeting.language"));
        language.setHelperText(getTranslation("meeting.language.help"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(LanguageSwitch::nativeName);
        startDate.setLabel(getTranslation("meeting.startDate"));
        startDate.setRequired(true);
        endDate.setLabel(getTranslation("meeting.endDate"));
        endDate.setRequired(true);
        startDate.addValueChangeListener(e -> {
            if (e.getValue() != null && (endDate.getValue() == null || endDate.getValue().isBefore(e.getValue()))) {
                endDate.setValue(e.getValue());
            }
        });
        venue.setLabel(getTranslation("meeting.venue"));
        host.setLabel(getTranslation("meeting.host"));
        organizers.setLabel(getTranslation("meeting.organizers"));
        organizers.setHelperText(getTranslation("form.onePerLine"));
        regions.setLabel(getTranslation("meeting.regions"));
        regions.setHelperText(getTranslation("form.onePerLine"));
        participantCount.setLabel(getTranslation("meeting.participantCount"));
        participantCount.setMin(0);
        FormLayout form = new FormLayout(title, kind, language, startDate, endDate, venue, host, participantCount,
                organizers, regions, description);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        add(form);
        if (existing != null) {
            title.setValue(existing.title());
            kind.setValue(text(existing.kind()));
            description.setValue(text(existing.description()));
            language.setValue(existing.language());
            startDate.setValue(existing.startDate());
            endDate.setValue(existing.endDate());
            venue.setValue(text(existing.venue()));
            host.setValue(text(existing.host()));
            organizers.setValue(String.join("\n", existing.organizers()));
            regions.setValue(String.join("\n", existing.regions()));
            participantCount.setValue(existing.participantCount());
        } else {
            language.setValue(defaultLanguage);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    @Override
    protected MeetingFacts read() {
        return new MeetingFacts(strip(title.getValue()), strip(kind.getValue()), strip(description.getValue()),
                language.getValue(), startDate.getValue(), endDate.getValue(), strip(venue.getValue()),
                strip(host.getValue()), lines(organizers.getValue()), lines(regions.getValue()),
                participantCount.getValue());
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        return Map.ofEntries(Map.entry("title", title), Map.entry("kind", kind), Map.entry("description", description),
                Map.entry("language", language), Map.entry("startDate", startDate), Map.entry("endDate", endDate),
                Map.entry("venue", venue), Map.entry("host", host), Map.entry("organizers", organizers),
                Map.entry("regions", regions), Map.entry("participantCount", participantCount));
    }
}
