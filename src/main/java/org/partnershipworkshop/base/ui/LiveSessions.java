package org.partnershipworkshop.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.VaadinSessionState;
import com.vaadin.flow.server.WrappedSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Whether a screen's session may still be pushed to: the UI is attached, its Vaadin session open, its HTTP
 * session not expired, and a sign-in (an account or a table's seat) stored in it. Updates are pushed off any
 * request, so the services see exactly that stored sign-in; without one they would refuse with
 * {@code AuthenticationCredentialsNotFoundException} (issue 14, item 16).
 */
final class LiveSessions {

    private LiveSessions() {
    }

    static boolean canPush(UI ui) {
        if (ui == null || !ui.isAttached() || ui.isClosing()) {
            return false;
        }
        VaadinSession session = ui.getSession();
        if (session == null || session.getState() != VaadinSessionState.OPEN) {
            return false;
        }
        try {
            WrappedSession http = session.getSession();
            return http != null && http.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                    instanceof SecurityContext context && context.getAuthentication() != null;
        } catch (IllegalStateException expired) {
            return false;
        }
    }
}
