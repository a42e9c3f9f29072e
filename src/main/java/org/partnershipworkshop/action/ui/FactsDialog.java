package org.partnershipworkshop.action.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.partnershipworkshop.action.ActionFacts;
import org.partnershipworkshop.action.ActionKind;
import org.partnershipworkshop.action.Closing;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.ui.DatePickers;
import org.partnershipworkshop.base.ui.FormDialog;
import org.partnershipworkshop.base.ui.LanguageSwitch;

/**
 * An action's facts: title, kind, language, first and last day, the day reports are due, the summing up (date
 * and occasion), organiser, coordinator, contact, hashtags, partners and the stages (one per line: its name,
 * then optionally its first and last day as {@code 2018-11-01 2018-11-08}). The regulation and the questionnaire
 * have their own editors; the rules are the facts' own.
 */
class FactsDialog extends FormDialog<ActionFacts> {

    private final TextField title = new TextField();
    private final Select<ActionKind> kind = new Select<>();
    private final Select<Language> language = new Select<>();
    private final DatePicker starts = DatePickers.of();
    private final DatePicker ends = DatePickers.of();
    private final DatePicker reportsDue = DatePickers.of();
    private final DatePicker summaryDate = DatePickers.of();
    private final TextField occasion = new TextField();
    private final TextField organiser = new TextField();
    private final TextField coordinator = new TextField();
    private final TextField contact = new TextField();
    private final TextField hashtags = new TextField();
    private final TextArea partners = new TextArea();
    private final StagesField stages = new StagesField();
    private final ActionFacts before;

    FactsDialog(String heading, ActionFacts before, Consumer<ActionFacts> onSave) {
        super(heading, onSave);
        this.before = before;
        addClassName("action-facts-dialog");
        setWidth("min(52rem, 96vw)");
        title.setLabel(getTranslation("action.facts.title"));
        title.setMaxLength(Limits.TEXT);
        title.setRequired(true);
        title.addClassName("action-title-field");
        kind.setLabel(getTranslation("action.facts.kind"));
        kind.setItems(ActionKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        language.setLabel(getTranslation("action.facts.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(LanguageSwitch::nativeName);
        starts.setLabel(getTranslation("action.facts.starts"));
        ends.setLabel(getTranslation("action.facts.ends"));
        reportsDue.setLabel(getTranslation("action.facts.reportsDue"));
        summaryDate.setLabel(getTranslation("action.facts.summaryDate"));
        occasion.setLabel(getTranslation("action.facts.occasion"));
        organiser.setLabel(getTranslation("action.facts.organiser"));
        coordinator.setLabel(getTranslation("action.facts.coordinator"));
        contact.setLabel(getTranslation("action.facts.contact"));
        hashtags.setLabel(getTranslation("action.facts.hashtags"));
        hashtags.setHelperText(getTranslation("action.facts.hashtagsHelp"));
        partners.setLabel(getTranslation("action.facts.partners"));
        partners.setHelperText(getTranslation("action.facts.oneALine"));
        stages.setLabel(getTranslation("action.facts.stages"));
        stages.setHelperText(getTranslation("action.facts.stagesHelp"));
        for (var field : List.of(title, occasion, organiser, coordinator, contact, hashtags)) {
            field.setMaxLength(Limits.TEXT);
        }
        fill(before);
        FormLayout form = new FormLayout(title, kind, language, starts, ends, reportsDue, summaryDate, occasion, organiser,
                coordinator, contact, hashtags, partners, stages);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 3));
        form.setColspan(title, 3);
        form.setColspan(occasion, 2);
        form.setColspan(organiser, 3);
        form.setColspan(coordinator, 2);
        form.setColspan(hashtags, 3);
        form.setColspan(partners, 3);
        form.setColspan(stages, 3);
        add(form);
    }

    private void fill(ActionFacts f) {
        if (f == null) {
            kind.setValue(ActionKind.NETWORK_ACTION);
            language.setValue(Language.of(getLocale()));
            return;
        }
        title.setValue(f.title());
        kind.setValue(f.kind());
        language.setValue(f.language());
        starts.setValue(f.starts());
        ends.setValue(f.ends());
        reportsDue.setValue(f.reportsDue());
        if (f.summary() != null) {
            summaryDate.setValue(f.summary().date());
            occasion.setValue(f.summary().occasion() == null ? "" : f.summary().occasion());
        }
        organiser.setValue(f.organiser() == null ? "" : f.organiser());
        coordinator.setValue(f.coordinator() == null ? "" : f.coordinator());
        contact.setValue(f.contact() == null ? "" : f.contact());
        hashtags.setValue(String.join(" ", f.hashtags()));
        partners.setValue(String.join("\n", f.partners()));
        stages.setValue(f.stages());
    }

    @Override
    protected ActionFacts read() {
        Closing summary = summaryDate.getValue() == null && strip(occasion.getValue()).isEmpty() ? null
                : new Closing(summaryDate.getValue(), occasion.getValue());
        List<String> tags = Arrays.stream(strip(hashtags.getValue()).split("[\\s,;]+")).filter(t -> !t.isEmpty()).toList();
        return new ActionFacts(title.getValue(), kind.getValue(), language.getValue(), starts.getValue(), ends.getValue(),
                reportsDue.getValue(), summary, organiser.getValue(), coordinator.getValue(), contact.getValue(), tags,
                before == null ? List.of() : before.regulation(), stages.read(), lines(partners.getValue()));
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("kind", kind);
        fields.put("language", language);
        fields.put("starts", starts);
        fields.put("ends", ends);
        fields.put("reportsDue", reportsDue);
        fields.put("occasion", occasion);
        fields.put("organiser", organiser);
        fields.put("coordinator", coordinator);
        fields.put("contact", contact);
        fields.put("hashtags", hashtags);
        fields.put("partners", partners);
        fields.put("stages", stages);
        return fields;
    }
}
