package org.partnershipworkshop.partner;

import org.partnershipworkshop.canvas.PartnerType;

/**
 * A registry partner in the network. {@code type} is the registry's type, or the type groups used most for
 * it when no manager set one; null when nobody gave a type. Equal by partner id.
 */
public record PartnerNode(long partnerId, String name, PartnerType type, String region) implements NetworkNode {

    public static final String KIND = "partner";

    public static String idOf(long partnerId) {
        return KIND + "-" + partnerId;
    }

    @Override
    public String id() {
        return idOf(partnerId);
    }

    @Override
    public String label() {
        return name;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartnerNode p && p.partnerId == partnerId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(partnerId);
    }
}
