package org.partnershipworkshop.security;

import java.util.List;

/**
 * The roles of accounts. MANAGER ⊂ FACILITATOR ⊂ ADMIN: each includes the ones below it. LIBRARY stands
 * apart: the account of one library of the region's network (it includes no other role, and no other role
 * includes it); what it may do is asked of its library ({@link LibraryAccess}).
 */
public enum Role {
    LIBRARY, MANAGER, FACILITATOR, ADMIN;

    public static final String LIBRARY_AUTHORITY = "ROLE_LIBRARY";

    /** Spring authorities: this role and every role it includes (ADMIN ⊃ FACILITATOR ⊃ MANAGER; LIBRARY alone). */
    public List<String> authorities() {
        return switch (this) {
            case ADMIN -> List.of("ROLE_ADMIN", "ROLE_FACILITATOR", "ROLE_MANAGER");
            case FACILITATOR -> List.of("ROLE_FACILITATOR", "ROLE_MANAGER");
            case MANAGER -> List.of("ROLE_MANAGER");
            case LIBRARY -> List.of(LIBRARY_AUTHORITY);
        };
    }

    /** The roles an administrator gives on the accounts screen; a library's account is made on its library's page. */
    public static List<Role> assignable() {
        return List.of(MANAGER, FACILITATOR, ADMIN);
    }

    public String labelKey() {
        return "role." + name().toLowerCase();
    }
}
