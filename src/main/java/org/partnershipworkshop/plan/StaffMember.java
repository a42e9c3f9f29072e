package org.partnershipworkshop.plan;

import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.Rules;

/**
 * A person of the department's staff list: as the plan names them («Сипцова Л.А.»), their position, whether
 * they count among «Все методисты», and the account they sign in with, if any (who may edit: decision 0144).
 */
public record StaffMember(String id, String name, String position, boolean methodist, String account) {

    public StaffMember {
        id = PlanLimits.id(id, "id");
        name = Rules.required(name, "name", Limits.TITLE);
        position = Rules.optional(position, "position", Limits.TITLE);
        account = Rules.optional(account, "account", 100);
    }
}
