package org.partnershipworkshop.survey.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.Rules;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.partnershipworkshop.base.ui.FormDialog;
import org.partnershipworkshop.survey.Choice;
import org.partnershipworkshop.survey.Question;
import org.partnershipworkshop.survey.QuestionKind;
import org.partnershipworkshop.survey.Translated;

/**
 * One question of a questionnaire: its kind, its wording in Bulgarian, Russian and English, whether an answer
 * must give it, a rating's scale (1–5 or 1–10), a choice's options (each in the three languages). The question
 * keeps its id, and each option kept keeps its own; new options are numbered by position (o1, o2…). Every
 * broken rule is shown at its field and the dialog stays open with what was typed.
 */
public class QuestionDialog extends FormDialog<Question> {

    private final String id;
    private final Select<QuestionKind> kind = new Select<>();
    private final Map<Language, TextField> labels = new LinkedHashMap<>();
    private final Checkbox required = new Checkbox();
    private final Select<Integer> scale = new Select<>();
    private final Div optionsBox = new Div();
    private final Div optionRows = new Div();
    private final ErrorLine optionsError = new ErrorLine();
    private final ErrorLine general = new ErrorLine();
    private final List<OptionRow> options = new ArrayList<>();

    public QuestionDialog(String title, Question question, String id, Consumer<Question> onSave) {
        super(title, onSave);
        this.id = id;
        addClassName("question-dialog");
        setWidth("min(44rem, 96vw)");
        kind.setLabel(getTranslation("surveyform.editor.kind"));
        kind.setItems(QuestionKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("surveyform.kind." + k.id()));
        kind.addClassName("question-kind");
        for (Language language : Language.values()) {
            TextField field = new TextField(getTranslation("surveyform.editor.label." + language.code()));
            field.setMaxLength(Translated.MAX);
            field.setWidthFull();
            field.addClassName("question-label-" + language.code());
            labels.put(language, field);
        }
        required.setLabel(getTranslation("surveyform.editor.requiredLabel"));
        required.addClassName("question-required");
        scale.setLabel(getTranslation("surveyform.editor.scale"));
        scale.setItems(5, 10);
        scale.setItemLabelGenerator(n -> getTranslation("surveyform.editor.scaleOf", n));
        scale.addClassName("question-scale");
        Button addOption = new Button(getTranslation("surveyform.editor.addOption"), VaadinIcon.PLUS.create(),
                e -> addOption(null));
        addOption.addThemeVariants(ButtonVariant.TERTIARY);
        addOption.addClassName("question-add-option");
        optionRows.addClassName("question-options");
        optionsBox.add(new H4(getTranslation("surveyform.editor.options")), optionRows, optionsError, addOption);
        optionsBox.addClassName("question-options-box");
        Div form = new Div(kind, labels.get(Language.BG), labels.get(Language.RU), labels.get(Language.EN), required, scale,
                optionsBox, general);
        form.addClassName("question-form");
        add(form);

        QuestionKind initial = question == null ? QuestionKind.SINGLE : question.kind();
        kind.setValue(initial);
        scale.setValue(question == null || question.scale() == null ? 5 : question.scale());
        required.setValue(question != null && question.required());
        if (question != null) {
            labels.forEach((language, field) -> field.setValue(question.labels().in(language)));
            question.choices().forEach(this::addOption);
        }
        kind.addValueChangeListener(e -> shape());
        shape();
    }

    /** Shows what the kind needs: the scale for a rating, the options (two to start with) for a choice. */
    private void shape() {
        QuestionKind k = kind.getValue() == null ? QuestionKind.SINGLE : kind.getValue();
        scale.setVisible(k == QuestionKind.RATING);
        optionsBox.setVisible(k.hasOptions());
        while (k.hasOptions() && options.size() < 2) {
            addOption(null);
        }
    }

    private void addOption(Choice choice) {
        OptionRow row = new OptionRow(choice);
        options.add(row);
        optionRows.add(row);
    }

    private void removeOption(OptionRow row) {
        options.remove(row);
        optionRows.remove(row);
    }

    @Override
    protected Question read() {
        QuestionKind k = kind.getValue();
        List<Violation> problems = new ArrayList<>();
        if (k == null) {
            problems.add(Violation.of("kind", "error.required"));
        }
        Translated wording = translated(labels, "labels", problems);
        List<Choice> choices = new ArrayList<>();
        if (k != null && k.hasOptions()) {
            Set<String> taken = new HashSet<>();
            options.stream().filter(o -> o.id != null).forEach(o -> taken.add(o.id));
            for (int i = 0; i < options.size(); i++) {
                OptionRow row = options.get(i);
                Translated text = translated(row.labels, "options[" + i + "].labels", problems);
                if (row.id == null) {
                    row.id = freeId(i + 1, taken);
                }
                if (text != null) {
                    choices.add(new Choice(row.id, text));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        return new Question(id, k, required.getValue(), k == QuestionKind.RATING ? scale.getValue() : null, wording,
                k.hasOptions() ? choices : null);
    }

    /** An option's id from its position (o1, o2…), the next free one when another option has it. */
    private static String freeId(int position, Set<String> taken) {
        int n = position;
        while (taken.contains("o" + n)) {
            n++;
        }
        taken.add("o" + n);
        return "o" + n;
    }

    /** The three wordings, or null with every missing or too long one among the problems. */
    private static Translated translated(Map<Language, TextField> fields, String path, List<Violation> problems) {
        int before = problems.size();
        Map<Language, String> texts = new LinkedHashMap<>();
        fields.forEach((language, field) -> {
            try {
                texts.put(language, Rules.required(field.getValue(), language.code(), Translated.MAX));
            } catch (ValidationFailedException e) {
                e.violations().forEach(v -> problems.add(v.under(path)));
            }
        });
        return problems.size() > before ? null
                : new Translated(texts.get(Language.BG), texts.get(Language.RU), texts.get(Language.EN));
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("", general);
        fields.put("kind", kind);
        fields.put("scale", scale);
        fields.put("options", optionsError);
        fields.put("id", general);
        labels.forEach((language, field) -> fields.put("labels." + language.code(), field));
        for (int i = 0; i < options.size(); i++) {
            int at = i;
            options.get(i).labels.forEach((language, field) -> fields.put("options[" + at + "].labels." + language.code(), field));
        }
        return fields;
    }

    /** One option: its wording in the three languages and a button that takes it away. */
    private final class OptionRow extends Div {

        private String id;
        private final Map<Language, TextField> labels = new LinkedHashMap<>();

        OptionRow(Choice choice) {
            this.id = choice == null ? null : choice.id();
            addClassName("question-option");
            for (Language language : Language.values()) {
                TextField field = new TextField();
                field.setPlaceholder(getTranslation("surveyform.editor.option." + language.code()));
                field.setAriaLabel(getTranslation("surveyform.editor.option." + language.code()));
                field.setMaxLength(Translated.MAX);
                if (choice != null) {
                    field.setValue(choice.labels().in(language));
                }
                labels.put(language, field);
                add(field);
            }
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> removeOption(this));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.setAriaLabel(getTranslation("surveyform.editor.removeOption"));
            remove.setTooltipText(getTranslation("surveyform.editor.removeOption"));
            remove.addClassName("question-remove-option");
            add(remove);
        }
    }

    /** A line of the dialog that shows a problem concerning no single field (too few options, say). */
    private static final class ErrorLine extends Paragraph implements HasValidation {

        private String message = "";
        private boolean invalid;

        ErrorLine() {
            addClassName("question-error");
            getElement().setAttribute("role", "alert");
            setVisible(false);
        }

        @Override
        public void setErrorMessage(String errorMessage) {
            message = errorMessage == null ? "" : errorMessage;
            setText(message);
        }

        @Override
        public String getErrorMessage() {
            return message;
        }

        @Override
        public void setInvalid(boolean invalid) {
            this.invalid = invalid;
            setVisible(invalid);
        }

        @Override
        public boolean isInvalid() {
            return invalid;
        }
    }
}
