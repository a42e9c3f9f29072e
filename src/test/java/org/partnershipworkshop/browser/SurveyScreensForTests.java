package org.partnershipworkshop.browser;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.survey.SurveyOwner;
import org.partnershipworkshop.survey.SurveyService;
import org.partnershipworkshop.survey.ui.QuestionnaireEditor;
import org.partnershipworkshop.survey.ui.SurveyResultsPanel;

/**
 * For the browser tests only (the test class path): the survey components that the network action's pages
 * embed, on a page of their own, {@code test/survey-screens/ID} for the survey of action ID: its results panel,
 * and its questionnaire in the editor. Signed in.
 */
@Route(value = "test/survey-screens/:owner", autoLayout = false)
@PermitAll
public class SurveyScreensForTests extends Main implements BeforeEnterObserver {

    private final SurveyService surveys;

    public SurveyScreensForTests(SurveyService surveys) {
        this.surveys = surveys;
        getStyle().setPadding("var(--lumo-space-m)");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SurveyOwner owner = new SurveyOwner("action", Long.parseLong(event.getRouteParameters().get("owner").orElseThrow()));
        removeAll();
        QuestionnaireEditor editor = new QuestionnaireEditor();
        surveys.find(owner).ifPresent(info -> editor.setValue(info.questionnaire()));
        Div saved = new Div();
        saved.addClassName("test-saved");
        editor.addSaveListener(q -> saved.setText(String.valueOf(q.questions().size())));
        add(new SurveyResultsPanel(surveys.results(owner), Language.of(getLocale())), editor, saved);
    }
}
