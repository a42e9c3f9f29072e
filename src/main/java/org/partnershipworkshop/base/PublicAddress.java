package org.partnershipworkshop.base;

import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address people in the room reach the application at, for links and QR codes (joining a table, the
 * feedback form, a library's survey): WORKSHOP_PUBLIC_URL when set (behind a proxy, or when the
 * facilitator's own address is not the one the room can reach), otherwise the address of the current
 * request — a screen's or an API call's.
 */
@Component
public class PublicAddress {

    private static final String NO_REQUEST = "http://localhost";

    private final String configured;

    PublicAddress(@Value("${workshop.public-url:}") String configured) {
        this.configured = stripSlash(configured == null ? "" : configured.strip());
    }

    /** The base address without a trailing slash, e.g. {@code http://192.168.1.20:8080}. */
    public String base() {
        return configured.isEmpty() ? requestBase() : configured;
    }

    /** The absolute address of a path of the application, e.g. {@code link("/join?code=…")}. */
    public String link(String path) {
        return base() + path;
    }

    /** Whether links only work on this very computer (no public address configured, opened as localhost). */
    public boolean localOnly() {
        return configured.isEmpty()
                && requestBase().matches("https?://(localhost|127\\.0\\.0\\.1|\\[::1])(:\\d+)?(/.*)?");
    }

    private static String requestBase() {
        HttpServletRequest request = currentRequest();
        return request == null ? NO_REQUEST
                : stripSlash(ServletUriComponentsBuilder.fromContextPath(request).build().toUriString());
    }

    private static HttpServletRequest currentRequest() {
        VaadinServletRequest vaadin = VaadinServletRequest.getCurrent();
        if (vaadin != null) {
            return vaadin.getHttpServletRequest();
        }
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }

    private static String stripSlash(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
