package org.partnershipworkshop.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An address no page has (Vaadin's own "Could not navigate to …", in the user's language instead). */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class NoSuchPageView extends ErrorPageView implements HasErrorParameter<NotFoundException> {

    private static final Logger log = LoggerFactory.getLogger(NoSuchPageView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        log.debug("No page at /{}", event.getLocation().getPath());
        show("error.notFound", null);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
