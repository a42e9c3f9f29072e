package org.partnershipworkshop.canvas;

import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.Rules;

/** A partner named on a canvas, with an optional type and role. */
public record PartnerEntry(String name, PartnerType type, String role) implements CanvasEntry {

    public PartnerEntry {
        name = Rules.required(name, "name", Limits.TEXT);
        role = Rules.optional(role, "role", Limits.TEXT);
    }

    @Override
    public FieldKind kind() {
        return FieldKind.PARTNERS;
    }

    @Override
    public String headline() {
        return name;
    }
}
