package org.partnershipworkshop.base;

import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address people in the room reach the application at, for links and QR codes (joining a table, the feedback
 * form, a library's survey) — never taken from what a client claims (decision 0169):
 * <ol>
 * <li>{@code WORKSHOP_PUBLIC_URL} when set (behind a proxy, or when the facilitator's own address is not the one
 * the room can reach);</li>
 * <li>else, for a request that came through a trusted proxy ({@link TrustedProxies}), the scheme, host and port
 * that proxy forwarded;</li>
 * <li>else the address and port the connection actually reached on this server — the network interface, not
 * the request's {@code Host} header, which any client can set to {@code evil.example}.</li>
 * </ol>
 */
@Component
public class PublicAddress {

    /** Set by Tomcat's RemoteIpValve on a request whose connection came from a trusted proxy. */
    static final String FORWARDED = "org.apache.tomcat.request.forwarded";
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
                && requestBase().matches("https?://(localhost|127\\.\\d+\\.\\d+\\.\\d+|\\[::1\\]|\\[0:0:0:0:0:0:0:1\\])(:\\d+)?(/.*)?");
    }

    private static String requestBase() {
        HttpServletRequest request = currentRequest();
        if (request == null) {
            return NO_REQUEST;
        }
        if (Boolean.TRUE.equals(request.getAttribute(FORWARDED))) {
            return stripSlash(ServletUriComponentsBuilder.fromContextPath(request).build().toUriString());
        }
        String host = request.getLocalAddr();
        if (host.contains(":")) {
            host = "[" + host.replaceFirst("%.*$", "") + "]";
        }
        String scheme = request.isSecure() ? "https" : "http";
        int port = request.getLocalPort();
        boolean defaultPort = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port) + stripSlash(request.getContextPath());
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
