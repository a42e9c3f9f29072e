package org.partnershipworkshop.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.partnershipworkshop.base.ValidationFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * Any other failure while opening a page: "not allowed" when it was that, else a short apology in the user's
 * language; the exception and its stack go to the log, never to the page.
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class UnexpectedErrorView extends ErrorPageView implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Throwable cause = parameter.getCaughtException();
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException) {
                show("error.notAllowed", null);
                return HttpServletResponse.SC_FORBIDDEN;
            }
            if (t instanceof org.partnershipworkshop.base.NotFoundException || t instanceof NumberFormatException) {
                show("error.notFound", null);
                return HttpServletResponse.SC_NOT_FOUND;
            }
            if (t instanceof ValidationFailedException) {
                show("error.notFound", null);
                return HttpServletResponse.SC_BAD_REQUEST;
            }
        }
        log.error("Could not open /{}", event.getLocation().getPath(), cause);
        show("error.unexpected", null);
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
