package org.partnershipworkshop.action;

import java.net.URI;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;

/** A web address given by a library: http or https with a host, nothing else (no javascript:, no files). */
final class Links {

    private Links() {
    }

    static String optional(String link, String path) {
        if (link == null) {
            return null;
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return link;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw new ValidationFailedException(Violation.of(path, "action.error.link"));
    }
}
