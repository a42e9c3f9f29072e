package org.partnershipworkshop.dialogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.partnershipworkshop.dialogue.DialogueService;
import org.partnershipworkshop.live.ui.ProjectorScreen;

/** Adds the feedback form to the projector: button "Feedback", key F, {@code ?view=feedback}. */
@org.springframework.stereotype.Component
class FeedbackProjectorScreen implements ProjectorScreen {

    static final String ID = "feedback";

    private final DialogueService dialogue;

    FeedbackProjectorScreen(DialogueService dialogue) {
        this.dialogue = dialogue;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String key() {
        return "f";
    }

    @Override
    public String labelKey() {
        return "dialogue.screen.button";
    }

    @Override
    public VaadinIcon icon() {
        return VaadinIcon.COMMENTS_O;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(Context context) {
        return new FeedbackScreen(dialogue, context);
    }
}
