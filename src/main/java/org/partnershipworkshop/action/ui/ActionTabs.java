package org.partnershipworkshop.action.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import org.partnershipworkshop.action.ActionPrintService;
import org.partnershipworkshop.action.ActionService;
import org.partnershipworkshop.action.ActionSurvey;
import org.partnershipworkshop.base.PublicAddress;
import org.partnershipworkshop.security.LibraryAccess;
import org.partnershipworkshop.survey.SurveyService;

/**
 * What an action's pages show from the features it builds on — the reader survey (the coordinator's tab, a
 * library's own link and poster), the summary's downloads — and whose library the caller is. A factory the views
 * get by constructor; every call reads through the services, under the caller's rights.
 */
@org.springframework.stereotype.Component
class ActionTabs {

    private final LibraryAccess libraries;
    private final SurveyService surveys;
    private final ActionService actions;
    private final PublicAddress address;
    private final ActionPrintService print;

    ActionTabs(LibraryAccess libraries, SurveyService surveys, ActionService actions, PublicAddress address,
               ActionPrintService print) {
        this.print = print;
        this.libraries = libraries;
        this.surveys = surveys;
        this.actions = actions;
        this.address = address;
    }

    Optional<Long> ownLibrary() {
        return libraries.ownLibrary();
    }

    Component survey(long actionId, boolean coordinator) {
        return new SurveyTab(surveys, actions, address, actionId, coordinator);
    }

    /** A library's own way in to the survey: its link, QR code, poster and card, and how many answered through it. */
    Component librarySurvey(long actionId, long libraryId, String library) {
        Div box = new Div();
        box.addClassName("action-survey");
        surveys.find(ActionSurvey.of(actionId)).ifPresent(info -> {
            long answered = surveys.answerCounts(ActionSurvey.of(actionId)).getOrDefault(libraryId, 0L);
            box.add(new Paragraph(box.getTranslation("action.survey.libraryHelp", answered)));
            info.channels().stream().filter(c -> c.id() == libraryId).findFirst()
                    .ifPresent(c -> box.add(SurveyTab.link(info, c, address)));
        });
        return box;
    }

    Component summary(long actionId) {
        return new SummaryTab(print, actionId);
    }
}
