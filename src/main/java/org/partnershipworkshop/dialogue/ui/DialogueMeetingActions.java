package org.partnershipworkshop.dialogue.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.partnershipworkshop.dialogue.DialogueService;
import org.partnershipworkshop.base.PublicAddress;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.ui.MeetingPageAction;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The feedback form on a meeting's page: a part of the feedback tab for managers and facilitators (no button in
 * the toolbar: the form belongs with what participants said).
 */
@org.springframework.stereotype.Component
class DialogueMeetingActions implements MeetingPageAction {

    private final DialogueService dialogue;
    private final PublicAddress address;

    DialogueMeetingActions(DialogueService dialogue, PublicAddress address) {
        this.dialogue = dialogue;
        this.address = address;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Optional<Component> create(MeetingDetails meeting) {
        return Optional.empty();
    }

    @Override
    public Optional<Component> feedbackPart(MeetingDetails meeting) {
        if (!has("ROLE_MANAGER")) {
            return Optional.empty();
        }
        return Optional.of(new FeedbackSection(dialogue, meeting, has("ROLE_FACILITATOR"), address.base()));
    }

    private static boolean has(String authority) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }
}
