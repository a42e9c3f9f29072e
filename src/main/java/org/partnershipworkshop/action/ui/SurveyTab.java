package org.partnershipworkshop.action.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.partnershipworkshop.action.ActionService;
import org.partnershipworkshop.action.ActionSurvey;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.PublicAddress;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.ui.Downloads;
import org.partnershipworkshop.base.ui.Formats;
import org.partnershipworkshop.base.ui.Notifications;
import org.partnershipworkshop.base.ui.Problems;
import org.partnershipworkshop.base.ui.QrCode;
import org.partnershipworkshop.survey.SurveyChannel;
import org.partnershipworkshop.survey.SurveyFile;
import org.partnershipworkshop.survey.SurveyFormat;
import org.partnershipworkshop.survey.SurveyInfo;
import org.partnershipworkshop.survey.SurveyService;
import org.partnershipworkshop.survey.ui.QuestionnaireEditor;
import org.partnershipworkshop.survey.ui.SurveyPoster;
import org.partnershipworkshop.survey.ui.SurveyResultsPanel;

/**
 * The action's reader survey for the coordinator and managers: whether it takes answers (until the action's last
 * day; the coordinator may close or reopen it), the results by question, municipality and library with the
 * exports, every library's own link with its QR code, A4 poster and card, and the questionnaire's editor.
 */
class SurveyTab extends Div {

    private final SurveyService surveys;
    private final ActionService actions;
    private final PublicAddress address;
    private final long actionId;
    private final boolean coordinator;

    SurveyTab(SurveyService surveys, ActionService actions, PublicAddress address, long actionId, boolean coordinator) {
        this.surveys = surveys;
        this.actions = actions;
        this.address = address;
        this.actionId = actionId;
        this.coordinator = coordinator;
        addClassName("action-survey");
        show();
    }

    private void show() {
        removeAll();
        SurveyInfo info = surveys.find(ActionSurvey.of(actionId)).orElse(null);
        if (info == null) {
            add(new Paragraph(getTranslation("action.survey.none")));
            return;
        }
        add(state(info));
        add(new H3(getTranslation("action.survey.results")));
        Div exports = new Div(
                Downloads.button(this, "action.survey.csv", () -> file(surveys.export(ActionSurvey.of(actionId), SurveyFormat.CSV))),
                Downloads.button(this, "action.survey.xlsx", () -> file(surveys.export(ActionSurvey.of(actionId), SurveyFormat.XLSX))));
        exports.addClassName("action-survey-exports");
        add(exports, new SurveyResultsPanel(surveys.results(ActionSurvey.of(actionId)), Language.of(getLocale())));
        Details links = new Details(getTranslation("action.survey.links", info.channels().size()));
        links.addClassName("action-survey-links-box");
        Div grid = new Div();
        grid.addClassName("action-survey-links");
        info.channels().forEach(c -> grid.add(link(info, c, address)));
        links.add(grid);
        add(links);
        if (coordinator) {
            Details compose = new Details(getTranslation("action.survey.compose"));
            compose.addClassName("action-survey-compose");
            QuestionnaireEditor editor = new QuestionnaireEditor();
            editor.setValue(info.questionnaire());
            editor.addSaveListener(q -> {
                try {
                    actions.changeQuestionnaire(actionId, q);
                    Notifications.success(getTranslation("action.survey.saved"));
                } catch (ValidationFailedException e) {
                    Problems.show(this, e);
                }
            });
            compose.add(editor);
            add(compose);
        }
    }

    private Component state(SurveyInfo info) {
        String until = info.lastDay() == null ? "" : getTranslation("action.survey.until", Formats.dates(info.lastDay(), null, getLocale()));
        Span state = new Span(getTranslation(info.takesAnswers() ? "action.survey.open" : "action.survey.closed") + until);
        state.addClassNames("action-badge", info.takesAnswers() ? "action-held" : "action-quiet");
        Div box = new Div(state, new Span(getTranslation("action.survey.answers", info.answers())));
        box.addClassName("action-survey-state");
        if (coordinator) {
            Button toggle = new Button(getTranslation(info.open() ? "action.survey.close" : "action.survey.reopen"),
                    (info.open() ? VaadinIcon.LOCK : VaadinIcon.UNLOCK).create(), e -> {
                        surveys.setOpen(ActionSurvey.of(actionId), !info.open());
                        show();
                    });
            toggle.addClassName("action-survey-toggle");
            box.add(toggle);
        }
        return box;
    }

    /** One library's way in: its link, QR code, poster and card. */
    static Component link(SurveyInfo info, SurveyChannel channel, PublicAddress address) {
        String url = address.link("/" + info.path(channel.id()));
        Div box = new Div();
        box.addClassName("action-survey-link");
        Image qr = new Image(QrCode.dataUrl(url), box.getTranslation("action.survey.qrAlt", channel.name()));
        Span name = new Span(channel.name());
        name.addClassName("action-event-name");
        Anchor open = new Anchor(url, url);
        open.setTarget("_blank");
        box.add(qr, name, open);
        box.add(Downloads.button(box, "action.survey.poster", () -> new Downloads.File("survey-poster-" + channel.id() + ".pdf",
                "application/pdf", SurveyPoster.pdf(url, channel.name(), info.title(), info.language()))));
        box.add(Downloads.button(box, "action.survey.card", () -> new Downloads.File("survey-card-" + channel.id() + ".png",
                "image/png", SurveyPoster.card(url, channel.name(), info.title(), info.language()))));
        return box;
    }

    private static Downloads.File file(SurveyFile f) {
        return new Downloads.File(f.fileName(), f.mediaType(), f.content());
    }
}
