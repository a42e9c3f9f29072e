package org.partnershipworkshop.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An address whose number is not a number ({@code /meetings/abc}: the route parameter does not parse): no such
 * meeting, so "not found", as for a number that names nothing.
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class BadAddressView extends ErrorPageView implements HasErrorParameter<NumberFormatException> {

    private static final Logger log = LoggerFactory.getLogger(BadAddressView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NumberFormatException> parameter) {
        log.debug("No page at /{}: {}", event.getLocation().getPath(), parameter.getCaughtException().getMessage());
        show("error.notFound", null);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
