package org.partnershipworkshop.meeting;

import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.Rules;

/** A named participant or guest of a meeting. */
public record Person(String name, String role, String organization) {

    public Person {
        name = Rules.required(name, "name", Limits.TEXT);
        role = Rules.optional(role, "role", Limits.TEXT);
        organization = Rules.optional(organization, "organization", Limits.TEXT);
    }
}
