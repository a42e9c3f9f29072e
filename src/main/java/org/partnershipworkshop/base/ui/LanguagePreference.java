package org.partnershipworkshop.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.partnershipworkshop.base.Language;
import org.springframework.stereotype.Component;

/**
 * The interface language: chosen with the language switch and remembered in a cookie for a year;
 * without a choice, the browser's language when we speak it, else Bulgarian.
 */
@Component
public class LanguagePreference implements VaadinServiceInitListener {

    static final String COOKIE = "workshop-language";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(initial(VaadinService.getCurrentRequest()).locale()));
    }

    static Language initial(VaadinRequest request) {
        if (request == null) {
            return Language.BG;
        }
        Optional<Language> chosen = chosen(request);
        if (chosen.isPresent()) {
            return chosen.get();
        }
        Locale browser = request.getLocale();
        return browser == null ? Language.BG : Language.fromCode(browser.getLanguage()).orElse(Language.BG);
    }

    /**
     * The language this browser chose with the switch, if it did: a page whose content has a language of its own
     * (a reader survey) speaks that language to everyone else.
     */
    public static Optional<Language> chosen() {
        return chosen(VaadinService.getCurrentRequest());
    }

    private static Optional<Language> chosen(VaadinRequest request) {
        return request == null ? Optional.empty() : Optional.ofNullable(request.getCookies()).stream().flatMap(Arrays::stream)
                .filter(c -> COOKIE.equals(c.getName())).findFirst().flatMap(c -> Language.fromCode(c.getValue()));
    }

    /** Switches the interface language of this browser and remembers it. */
    public static void choose(Language language) {
        Cookie cookie = new Cookie(COOKIE, language.code());
        cookie.setPath("/");
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        if (VaadinService.getCurrentResponse() != null) {
            VaadinService.getCurrentResponse().addCookie(cookie);
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setLocale(language.locale());
        }
        UI.getCurrent().getPage().reload();
    }

    public static Language current() {
        UI ui = UI.getCurrent();
        return Language.of(ui == null ? null : ui.getLocale());
    }
}
