package org.partnershipworkshop.live.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.partnershipworkshop.security.SeatAuthentication;
import org.partnershipworkshop.security.TableSeat;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Seats this browser at a table, and ends the seat. The authentication goes where Spring Security and
 * Vaadin look for it: the security context of this thread, and the HTTP session under
 * {@code SPRING_SECURITY_CONTEXT} (Vaadin's context strategy reads it from there on every request and in
 * every {@code UI.access}). Joining changes the session id, so a session id known before joining (session
 * fixation) is worth nothing afterwards.
 */
final class TableSession {

    private TableSession() {
    }

    /** Call while handling a request of this browser (a click), then reload the page. */
    static void signIn(TableSeat seat) {
        HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        HttpServletResponse response = VaadinServletResponse.getCurrent().getHttpServletResponse();
        SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext context = contexts.createEmptyContext();
        SeatAuthentication authentication = new SeatAuthentication(seat);
        context.setAuthentication(authentication);
        contexts.setContext(context);
        new ChangeSessionIdAuthenticationStrategy().onAuthentication(authentication, request, response);
        new HttpSessionSecurityContextRepository().saveContext(context, request, response);
    }

    /**
     * Ends the seat: the session keeps nothing that authenticates it. Works from a push (no request) too;
     * the Vaadin session itself stays, so the page can still say goodbye.
     */
    static void signOut(VaadinSession session) {
        WrappedSession http = session.getSession();
        if (http != null) {
            http.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        }
        SecurityContextHolder.getContextHolderStrategy().clearContext();
    }
}
