package org.partnershipworkshop.dialogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.partnershipworkshop.dialogue.DialogueService;
import org.partnershipworkshop.live.JoinLinks;
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
    private final JoinLinks links;

    DialogueMeetingActions(DialogueService dialogue, JoinLinks links) {
        this.dialogue = dialogue;
        this.links = links;
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
        return Optional.of(new FeedbackSection(dialogue, meeting, has("ROLE_FACILITATOR"), links.base(requestBase())));
    }

    private static boolean has(String authority) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }

    /** The address the facilitator's browser reached the application at. */
    static String requestBase() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "http://localhost";
        }
        HttpServletRequest http = request.getHttpServletRequest();
        boolean defaultPort = ("http".equals(http.getScheme()) && http.getServerPort() == 80)
                || ("https".equals(http.getScheme()) && http.getServerPort() == 443);
        return http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + http.getServerPort())
                + http.getContextPath();
    }
}
