package org.partnershipworkshop.survey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.survey.Choice;
import org.partnershipworkshop.survey.Question;
import org.partnershipworkshop.survey.Questionnaire;

/**
 * One question of the answering form: its wording (marked when required), the input its kind asks for — one
 * option, several options, a rating, yes or no, a short or a long text with a character counter — and the
 * problem with its answer, if any. The value is what {@code SurveyAnswering.submit} takes for the question.
 */
public class QuestionField extends Div {

    private final Question question;
    private final Component input;
    private final Paragraph error = new Paragraph();

    public QuestionField(Question question, Language language) {
        this.question = question;
        addClassNames("survey-question", "kind-" + question.kind().id());
        getElement().setAttribute("data-question", question.id());
        String label = question.labels().in(language);
        H2 title = new H2(label);
        title.addClassName("survey-question-label");
        if (question.required()) {
            Span mark = new Span("*");
            mark.addClassName("survey-required-mark");
            mark.getElement().setAttribute("aria-hidden", "true");
            title.add(mark);
            addClassName("required");
        }
        String errorId = "error-" + question.id();
        error.setId(errorId);
        error.addClassName("survey-question-error");
        error.getElement().setAttribute("aria-live", "polite");
        error.setVisible(false);
        input = input(question, language, label);
        input.getElement().setAttribute("aria-describedby", errorId);
        add(title);
        if (question.required()) {
            Span hint = new Span(getTranslation("surveyform.required"));
            hint.addClassName("survey-required-hint");
            add(hint);
        }
        add(input, error);
    }

    private Component input(Question q, Language language, String label) {
        switch (q.kind()) {
            case SINGLE -> {
                RadioButtonGroup<Choice> one = new RadioButtonGroup<>();
                one.setItems(q.choices());
                one.setItemLabelGenerator(c -> c.labels().in(language));
                one.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
                one.setAriaLabel(label);
                one.setRequiredIndicatorVisible(q.required());
                return one;
            }
            case SEVERAL -> {
                CheckboxGroup<Choice> several = new CheckboxGroup<>();
                several.setItems(q.choices());
                several.setItemLabelGenerator(c -> c.labels().in(language));
                several.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
                several.setAriaLabel(label);
                several.setHelperText(getTranslation("surveyform.several"));
                return several;
            }
            case RATING -> {
                return new ScalePicker(label, q.scale());
            }
            case YESNO -> {
                RadioButtonGroup<Boolean> yesNo = new RadioButtonGroup<>();
                yesNo.setItems(true, false);
                yesNo.setItemLabelGenerator(b -> getTranslation(b ? "surveyform.yes" : "surveyform.no"));
                yesNo.setAriaLabel(label);
                yesNo.addClassName("survey-yes-no");
                return yesNo;
            }
            case SHORT -> {
                TextField text = new TextField();
                text.setAriaLabel(label);
                text.setMaxLength(Questionnaire.SHORT_TEXT);
                text.setWidthFull();
                return text;
            }
            default -> {
                TextArea text = new TextArea();
                text.setAriaLabel(label);
                text.setMaxLength(Questionnaire.LONG_TEXT);
                text.setValueChangeMode(ValueChangeMode.EAGER);
                text.addValueChangeListener(e -> count(text));
                text.setWidthFull();
                count(text);
                return text;
            }
        }
    }

    private void count(TextArea text) {
        text.setHelperText(getTranslation("surveyform.count", text.getValue().codePointCount(0, text.getValue().length()),
                Questionnaire.LONG_TEXT));
    }

    public Question question() {
        return question;
    }

    /** The answer as the service takes it, or null when the question is left unanswered. */
    @SuppressWarnings("unchecked")
    public Object value() {
        return switch (input) {
            case RadioButtonGroup<?> one when question.kind().hasOptions() -> {
                Choice c = ((RadioButtonGroup<Choice>) one).getValue();
                yield c == null ? null : c.id();
            }
            case RadioButtonGroup<?> yesNo -> yesNo.getValue();
            case CheckboxGroup<?> several -> {
                Set<Choice> ticked = ((CheckboxGroup<Choice>) several).getValue();
                yield ticked.isEmpty() ? null : question.choices().stream().filter(ticked::contains).map(Choice::id).toList();
            }
            case ScalePicker rating -> rating.getValue();
            case TextField text -> text.getValue().isBlank() ? null : text.getValue();
            case TextArea text -> text.getValue().isBlank() ? null : text.getValue();
            default -> null;
        };
    }

    /** Shows an earlier answer (as the service gives it back); a value that no longer fits is left out. */
    @SuppressWarnings("unchecked")
    public void fill(Object sent) {
        switch (input) {
            case RadioButtonGroup<?> one when question.kind().hasOptions() -> ((RadioButtonGroup<Choice>) one).setValue(
                    question.choices().stream().filter(c -> c.id().equals(sent)).findFirst().orElse(null));
            case RadioButtonGroup<?> yesNo -> ((RadioButtonGroup<Boolean>) yesNo).setValue(sent instanceof Boolean b ? b : null);
            case CheckboxGroup<?> several -> {
                Set<Choice> chosen = new LinkedHashSet<>();
                if (sent instanceof List<?> ids) {
                    question.choices().stream().filter(c -> ids.contains(c.id())).forEach(chosen::add);
                }
                ((CheckboxGroup<Choice>) several).setValue(chosen);
            }
            case ScalePicker rating -> rating.setValue(sent instanceof Number n ? n.intValue() : null);
            case TextField text -> text.setValue(sent instanceof String s ? s : "");
            case TextArea text -> text.setValue(sent instanceof String s ? s : "");
            default -> { }
        }
    }

    public void clear() {
        fill(null);
        showError(null);
    }

    /** The problem with this question's answer, or null to take it away. */
    public void showError(String text) {
        boolean invalid = text != null;
        error.setText(invalid ? text : "");
        error.setVisible(invalid);
        setClassName("invalid", invalid);
        if (input instanceof HasValidation field) {
            field.setInvalid(invalid);
        } else if (input instanceof ScalePicker picker) {
            picker.setInvalid(invalid);
        }
    }

    /** Moves the keyboard focus to the question's input (the first problem after sending). */
    public void focusInput() {
        scrollIntoView();
        if (input instanceof com.vaadin.flow.component.Focusable<?> focusable) {
            focusable.focus();
        }
    }
}
