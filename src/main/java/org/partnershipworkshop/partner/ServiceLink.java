package org.partnershipworkshop.partner;

import java.util.List;

/**
 * An edge: a partner supports a service. A partner written twice on one canvas is one link with every role
 * the group gave it (possibly none).
 */
public record ServiceLink(PartnerNode partner, ServiceNode service, List<String> roles) {

    public ServiceLink {
        roles = List.copyOf(roles);
    }

    /** The roles joined for display; empty when the group gave none. */
    public String role() {
        return String.join("; ", roles);
    }
}
