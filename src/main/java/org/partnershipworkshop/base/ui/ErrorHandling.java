package org.partnershipworkshop.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.partnershipworkshop.base.NotFoundException;
import org.partnershipworkshop.base.ValidationFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * What the user sees when something goes wrong in a view: broken rules in plain words, "not allowed"
 * and "not found" as such, anything else as a short apology (the details go to the log).
 */
@org.springframework.stereotype.Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            Throwable cause = rootCause(error.getThrowable());
            UI ui = error.getComponent().flatMap(Component::getUI).orElse(UI.getCurrent());
            if (ui == null) {
                log.error("Error outside any UI", error.getThrowable());
                return;
            }
            ui.access(() -> {
                if (cause instanceof ValidationFailedException invalid) {
                    Notifications.error(Problems.describe(ui, invalid));
                } else if (cause instanceof AccessDeniedException || cause instanceof AuthorizationDeniedException) {
                    Notifications.error(ui.getTranslation("error.notAllowed"));
                } else if (cause instanceof NotFoundException) {
                    Notifications.error(ui.getTranslation("error.notFound"));
                } else if (cause instanceof AuthenticationCredentialsNotFoundException) {
                    // A screen whose session ended meanwhile: nobody is there to tell.
                    log.debug("A screen acted after its session ended", error.getThrowable());
                } else {
                    log.error("Unexpected error", error.getThrowable());
                    Notifications.error(ui.getTranslation("error.unexpected"));
                }
            });
        }));
    }

    private static Throwable rootCause(Throwable t) {
        Throwable current = t;
        while (current.getCause() != null && !(current instanceof ValidationFailedException)
                && !(current instanceof AccessDeniedException) && !(current instanceof NotFoundException)
                && !(current instanceof AuthenticationCredentialsNotFoundException)) {
            current = current.getCause();
        }
        return current;
    }
}
