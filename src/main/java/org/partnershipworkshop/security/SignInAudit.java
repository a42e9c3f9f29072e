package org.partnershipworkshop.security;

import org.partnershipworkshop.audit.AuditService;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Records each sign-in through the login form (API calls authenticate on every request and are not logged). */
@Component
class SignInAudit {

    private final AuditService audit;

    SignInAudit(AuditService audit) {
        this.audit = audit;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        String name = event.getAuthentication().getName();
        String address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        audit.recordAs(name, "signin", "account " + name, "from " + address);
    }
}
