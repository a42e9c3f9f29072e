package org.partnershipworkshop.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.server.VaadinSession;
import org.partnershipworkshop.base.StartupWork;
import org.partnershipworkshop.base.ui.LanguageSwitch;
import org.partnershipworkshop.base.ui.StartupBanner;
import org.partnershipworkshop.security.SignInThrottledException;
import org.springframework.security.web.WebAttributes;

/** Sign-in for facilitators, managers, admins and the accounts of libraries; tables join with a code instead. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AuthenticationContext authentication;
    private final LoginForm login = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();

    public LoginView(AuthenticationContext authentication, StartupWork startup) {
        this.authentication = authentication;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        login.setI18n(i18n);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);

        H1 name = new H1(getTranslation("app.name"));
        name.addClassName("login-app-name");
        Paragraph tagline = new Paragraph(getTranslation("app.tagline"));
        Anchor join = new Anchor("join", getTranslation("login.joinTable"));
        join.addClassName("login-join");
        add(new LanguageSwitch(), name, tagline, new StartupBanner(startup), login, join);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo(""); // the start page of this account: the meetings, or a library's own page
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            Object cause = VaadinSession.getCurrent() == null ? null
                    : VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            if (cause instanceof SignInThrottledException throttled) {
                i18n.getErrorMessage().setTitle(getTranslation("login.throttled.title"));
                i18n.getErrorMessage().setMessage(getTranslation("login.throttled.message",
                        Math.max(1, throttled.retryAfter().toSeconds())));
                login.setI18n(i18n);
            }
            login.setError(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
