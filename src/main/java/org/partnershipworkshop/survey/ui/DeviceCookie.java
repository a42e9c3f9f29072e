package org.partnershipworkshop.survey.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Optional;
import org.partnershipworkshop.survey.DeviceKey;

/**
 * The device's anonymous key for feedback forms, kept by the browser in a cookie for a year: HttpOnly (no
 * script reads it), SameSite=Lax (no other site's form sends it), Secure over HTTPS (or when
 * WORKSHOP_SECURE_COOKIES says the app is reached over HTTPS through a proxy).
 */
public final class DeviceCookie {

    public static final int MAX_AGE_SECONDS = 365 * 24 * 3600;

    private DeviceCookie() {
    }

    /** The key this browser sent, when it sent a well-formed one. */
    public static Optional<String> read() {
        VaadinRequest request = VaadinService.getCurrentRequest();
        return request == null ? Optional.empty() : read(request.getCookies());
    }

    /** The well-formed key among a request's cookies (none may be sent at all). */
    public static Optional<String> read(Cookie[] cookies) {
        return cookies == null ? Optional.empty() : Arrays.stream(cookies).filter(c -> DeviceKey.COOKIE.equals(c.getName()))
                .map(Cookie::getValue).filter(DeviceKey::isWellFormed).findFirst();
    }

    /**
     * The key an HTTP client sent, or a new one set in the response's cookie (the APIs of the public forms): Secure
     * over HTTPS or when the installation says it is reached over HTTPS ({@code secure}).
     */
    public static String orIssue(HttpServletRequest request, HttpServletResponse response, boolean secure) {
        return read(request.getCookies()).orElseGet(() -> {
            String key = DeviceKey.random();
            response.addCookie(cookie(key, secure || request.isSecure()));
            return key;
        });
    }

    /** A new key for this browser: later answers from it count as another device's. */
    public static String issue(boolean secure) {
        String key = DeviceKey.random();
        VaadinResponse response = VaadinService.getCurrentResponse();
        VaadinRequest request = VaadinService.getCurrentRequest();
        if (response != null) {
            response.addCookie(cookie(key, secure || (request != null && request.isSecure())));
        }
        return key;
    }

    public static Cookie cookie(String key, boolean secure) {
        Cookie cookie = new Cookie(DeviceKey.COOKIE, key);
        cookie.setPath("/");
        cookie.setMaxAge(MAX_AGE_SECONDS);
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
