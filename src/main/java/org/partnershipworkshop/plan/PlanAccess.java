package org.partnershipworkshop.plan;

import org.partnershipworkshop.base.Roles;
import org.partnershipworkshop.base.Access;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may change a plan (decision 0144): a facilitator of its department — an account the plan's staff list
 * names — or any facilitator while the staff list names no account yet; admins always. Managers read every
 * plan. A library's account reads only the rows the approved plans address to the libraries
 * ({@link PlanFactService#forLibraries()}).
 */
@Component("planAccess")
public class PlanAccess {

    /** The {@code @PreAuthorize} rule of the methods that change a plan named {@code planId}. */
    public static final String EDIT = Access.FACILITATOR + " and @planAccess.mayEdit(#planId)";
    /** Reading plans: managers and above. */
    public static final String READ = Access.MANAGER;
    /** Reading what the approved plans address to the libraries: managers and every library's account. */
    public static final String READ_FOR_LIBRARIES = "hasAnyRole('MANAGER', 'LIBRARY')";

    private final PlanRepository plans;

    PlanAccess(PlanRepository plans) {
        this.plans = plans;
    }

    /** Whether the caller (already known to be a facilitator) may change the plan; a missing plan is the service's to report. */
    @Transactional(readOnly = true)
    public boolean mayEdit(long planId) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return false;
        }
        if (Roles.has(auth, Roles.ADMIN)) {
            return true;
        }
        return plans.findById(planId).map(p -> p.editors().isEmpty() || p.editors().contains(auth.getName())).orElse(true);
    }

    /** The same rule for a plan already read (the page's edit buttons). */
    boolean mayEdit(Plan plan) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (!Roles.has(auth, Roles.FACILITATOR)) {
            return false;
        }
        if (Roles.has(auth, Roles.ADMIN)) {
            return true;
        }
        var accounts = plan.staff().stream().map(StaffMember::account).filter(a -> a != null).toList();
        return accounts.isEmpty() || accounts.contains(auth.getName());
    }
}
