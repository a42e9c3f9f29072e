package org.partnershipworkshop.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.partnershipworkshop.base.NotFoundException;

/** Shown when a meeting, group or page does not exist. */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class NotFoundView extends ErrorPageView implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show("error.notFound", null);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
