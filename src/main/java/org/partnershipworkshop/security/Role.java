package org.partnershipworkshop.security;

import java.util.List;

/** The roles of accounts; each includes the ones below it. */
public enum Role {
    MANAGER, FACILITATOR, ADMIN;

    /** Spring authorities: this role and every role it includes (ADMIN ⊃ FACILITATOR ⊃ MANAGER). */
    public List<String> authorities() {
        return switch (this) {
            case ADMIN -> List.of("ROLE_ADMIN", "ROLE_FACILITATOR", "ROLE_MANAGER");
            case FACILITATOR -> List.of("ROLE_FACILITATOR", "ROLE_MANAGER");
            case MANAGER -> List.of("ROLE_MANAGER");
        };
    }

    public String labelKey() {
        return "role." + name().toLowerCase();
    }
}
