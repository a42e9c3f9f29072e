package org.partnershipworkshop.base;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The one place that asks whether the caller holds a role, for the few decisions inside a method that
 * {@code @PreAuthorize} has already let in (a facilitator sees more of a board than a table does). Views
 * ask the same through Vaadin's {@code AuthenticationContext#hasRole}; both read the authorities that
 * security.Role grants (ADMIN ⊃ FACILITATOR ⊃ MANAGER, participants ROLE_PARTICIPANT, a library's account
 * ROLE_LIBRARY alone).
 */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String FACILITATOR = "FACILITATOR";
    public static final String MANAGER = "MANAGER";
    public static final String PARTICIPANT = "PARTICIPANT";
    /** The account of one of the region's libraries (security.LibraryAccess tells which). */
    public static final String LIBRARY = "LIBRARY";

    private Roles() {
    }

    /** Whether the current caller holds {@code role} (without its ROLE_ prefix). */
    public static boolean current(String role) {
        return has(SecurityContextHolder.getContext().getAuthentication(), role);
    }

    /** Whether {@code auth} holds {@code role} (without its ROLE_ prefix); no authentication holds none. */
    public static boolean has(Authentication auth, String role) {
        if (auth == null || !auth.isAuthenticated()) {
            return false;
        }
        String authority = "ROLE_" + role;
        return auth.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }
}
