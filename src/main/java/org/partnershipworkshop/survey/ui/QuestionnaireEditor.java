package org.partnershipworkshop.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.partnershipworkshop.survey.DefaultQuestionnaire;
import org.partnershipworkshop.survey.Question;
import org.partnershipworkshop.survey.Questionnaire;

/**
 * Composes a survey's questionnaire: the questions in order (wording in the interface language, kind,
 * required), added, changed, removed and moved one at a time ({@link QuestionDialog}), or the product's default
 * reader survey to start from. Save hands the questionnaire to the save listeners (the owner's page calls its
 * service there); a broken rule, the questionnaire's own or the service's, is shown as sentences and nothing is
 * lost.
 */
@StyleSheet("./survey.css")
public class QuestionnaireEditor extends Div {

    private final List<Question> questions = new ArrayList<>();
    private final List<Consumer<Questionnaire>> saveListeners = new ArrayList<>();
    private final Grid<Question> grid = new Grid<>();
    private final Paragraph problems = new Paragraph();
    private final Button edit = new Button();
    private final Button remove = new Button();
    private final Button up = new Button();
    private final Button down = new Button();

    public QuestionnaireEditor() {
        addClassName("questionnaire-editor");
        Language language = Language.of(getLocale());
        grid.addClassName("questionnaire-questions");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("surveyform.editor.empty"));
        grid.addColumn(q -> questions.indexOf(q) + 1).setHeader("#").setWidth("3.5rem").setFlexGrow(0);
        grid.addColumn(q -> q.labels().in(language)).setHeader(getTranslation("surveyform.editor.question")).setFlexGrow(4);
        grid.addColumn(q -> getTranslation("surveyform.kind." + q.kind().id())
                        + (q.scale() == null ? "" : " 1–" + q.scale()))
                .setHeader(getTranslation("surveyform.editor.kind")).setFlexGrow(1);
        grid.addColumn(q -> getTranslation(q.required() ? "surveyform.yes" : "surveyform.no"))
                .setHeader(getTranslation("surveyform.editor.required")).setAutoWidth(true).setFlexGrow(0);
        grid.addSelectionListener(e -> buttons());
        grid.addItemDoubleClickListener(e -> edit(e.getItem()));

        Button add = button("surveyform.editor.add", VaadinIcon.PLUS, e -> add());
        add.addClassName("questionnaire-add");
        setUp(edit, "surveyform.editor.edit", VaadinIcon.EDIT, "questionnaire-edit");
        edit.addClickListener(e -> selected().ifPresent(this::edit));
        setUp(remove, "surveyform.editor.remove", VaadinIcon.TRASH, "questionnaire-remove");
        remove.addClickListener(e -> selected().ifPresent(this::remove));
        setUp(up, "surveyform.editor.up", VaadinIcon.ARROW_UP, "questionnaire-up");
        up.addClickListener(e -> selected().ifPresent(q -> move(q, -1)));
        setUp(down, "surveyform.editor.down", VaadinIcon.ARROW_DOWN, "questionnaire-down");
        down.addClickListener(e -> selected().ifPresent(q -> move(q, 1)));
        Button defaults = button("surveyform.editor.default", VaadinIcon.FILE_TEXT_O, e -> setValue(DefaultQuestionnaire.readerSurvey()));
        defaults.addThemeVariants(ButtonVariant.TERTIARY);
        defaults.addClassName("questionnaire-default");
        Div tools = new Div(add, edit, remove, up, down, defaults);
        tools.addClassName("questionnaire-tools");

        problems.addClassName("questionnaire-problems");
        problems.getElement().setAttribute("role", "alert");
        problems.setVisible(false);
        Button save = button("surveyform.editor.save", VaadinIcon.CHECK, e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("questionnaire-save");
        add(tools, grid, problems, save);
        buttons();
    }

    private Button button(String key, VaadinIcon icon, com.vaadin.flow.component.ComponentEventListener<
            com.vaadin.flow.component.ClickEvent<Button>> listener) {
        Button button = new Button(getTranslation(key), icon.create(), listener);
        return button;
    }

    private void setUp(Button button, String key, VaadinIcon icon, String className) {
        button.setText(getTranslation(key));
        button.setIcon(icon.create());
        button.addClassName(className);
    }

    /** The questionnaire as composed; throws {@link ValidationFailedException} when it breaks a rule (no questions). */
    public Questionnaire getValue() {
        return new Questionnaire(questions);
    }

    public void setValue(Questionnaire questionnaire) {
        questions.clear();
        if (questionnaire != null) {
            questions.addAll(questionnaire.questions());
        }
        showProblems(null);
        refresh(null);
    }

    /** Called with the questionnaire when the user saves; a listener's ValidationFailedException is shown. */
    public void addSaveListener(Consumer<Questionnaire> listener) {
        saveListeners.add(listener);
    }

    private java.util.Optional<Question> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void buttons() {
        int at = selected().map(questions::indexOf).orElse(-1);
        edit.setEnabled(at >= 0);
        remove.setEnabled(at >= 0);
        up.setEnabled(at > 0);
        down.setEnabled(at >= 0 && at < questions.size() - 1);
    }

    private void refresh(Question select) {
        grid.setItems(new ArrayList<>(questions));
        if (select != null) {
            grid.select(select);
        }
        buttons();
    }

    private void add() {
        new QuestionDialog(getTranslation("surveyform.editor.addTitle"), null, newId(), q -> {
            questions.add(q);
            refresh(q);
        }).open();
    }

    private void edit(Question question) {
        new QuestionDialog(getTranslation("surveyform.editor.editTitle"), question, question.id(), q -> {
            int at = questions.indexOf(question);
            if (at >= 0) {
                questions.set(at, q);
            }
            refresh(q);
        }).open();
    }

    private void remove(Question question) {
        questions.remove(question);
        refresh(null);
    }

    private void move(Question question, int by) {
        int at = questions.indexOf(question);
        int to = at + by;
        if (at < 0 || to < 0 || to >= questions.size()) {
            return;
        }
        questions.remove(at);
        questions.add(to, question);
        refresh(question);
    }

    /** A new question's id from its position (q1, q2…), the next free one when that is taken. */
    String newId() {
        Set<String> taken = new HashSet<>();
        questions.forEach(q -> taken.add(q.id()));
        int n = questions.size() + 1;
        while (taken.contains("q" + n)) {
            n++;
        }
        return "q" + n;
    }

    private void save() {
        showProblems(null);
        try {
            Questionnaire questionnaire = getValue();
            saveListeners.forEach(l -> l.accept(questionnaire));
        } catch (ValidationFailedException e) {
            showProblems(e);
        }
    }

    private void showProblems(ValidationFailedException e) {
        if (e == null) {
            problems.setText("");
            problems.setVisible(false);
            return;
        }
        problems.setText(String.join(" ", e.violations().stream().map(this::sentence).toList()));
        problems.setVisible(true);
    }

    /** A violation as a sentence: capitalised, with a full stop, the question it concerns named first. */
    private String sentence(Violation v) {
        String text = getTranslation(v.key(), v.args().toArray());
        java.util.regex.Matcher at = java.util.regex.Pattern.compile("^questions\\[(\\d+)]").matcher(v.path());
        String sentence = at.find() ? getTranslation("surveyform.editor.problemAt", Integer.parseInt(at.group(1)) + 1, text)
                : text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return sentence.endsWith(".") ? sentence : sentence + ".";
    }
}
