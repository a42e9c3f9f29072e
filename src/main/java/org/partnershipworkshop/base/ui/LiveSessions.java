package org.partnershipworkshop.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.VaadinSessionState;
import com.vaadin.flow.server.WrappedSession;

/**
 * Whether a screen's session may still be pushed to: the UI is attached, its Vaadin session open and its HTTP
 * session not expired. A push that then finds no sign-in (a table's seat ended, an account signed out) is not
 * held back here, so a screen that says goodbye after its seat ended still can; what the services refuse for
 * want of credentials ends quietly in {@link ErrorHandling} (issue 14, item 16). Call with the session locked (inside
 * {@link UI#access}): the Vaadin session's state and HTTP session may only be read so.
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
            if (http == null) {
                return false;
            }
            http.getAttributeNames(); // throws once the HTTP session was invalidated
            return true;
        } catch (IllegalStateException expired) {
            return false;
        }
    }
}
