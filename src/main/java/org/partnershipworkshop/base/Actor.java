package org.partnershipworkshop.base;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting, as revisions and the audit record it: the account's name, a table's name, or "system". */
public final class Actor {

    public static final String SYSTEM = "system";

    private Actor() {
    }

    /** The current caller's name (a table seat's authentication names its table). */
    public static String current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? SYSTEM : auth.getName();
    }
}
