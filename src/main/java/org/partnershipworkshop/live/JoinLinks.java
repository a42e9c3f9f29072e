package org.partnershipworkshop.live;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The join link a code's QR encodes: {@code <base>/join?code=…}. The base is WORKSHOP_PUBLIC_URL when set
 * (behind a proxy, or when the facilitator's own address is not the one the room can reach), otherwise the
 * address the facilitator's request came to.
 */
@Component
public class JoinLinks {

    private final String publicUrl;

    JoinLinks(@Value("${workshop.public-url:}") String publicUrl) {
        this.publicUrl = publicUrl == null ? "" : publicUrl.strip();
    }

    public String url(JoinCode code, String requestBase) {
        return base(requestBase) + "/join?code=" + code.value();
    }

    /** The address the room reaches the application at, without a trailing slash (for other features' links too). */
    public String base(String requestBase) {
        return stripSlash(publicUrl.isEmpty() ? requestBase : publicUrl);
    }

    /** Whether the link only works on this very computer (no public address configured, opened as localhost). */
    public boolean localOnly(String requestBase) {
        return publicUrl.isEmpty() && requestBase.matches("https?://(localhost|127\\.0\\.0\\.1|\\[::1])(:\\d+)?(/.*)?");
    }

    private static String stripSlash(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
