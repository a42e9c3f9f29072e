package org.partnershipworkshop.canvas;

import java.util.List;

/**
 * A partner suggested for a canvas: the name and type a new entry gets, and why it is suggested as an i18n
 * key with arguments (the implementing feature's bundle holds the text).
 */
public record SuggestedPartner(String name, PartnerType type, String reasonKey, List<Object> reasonArgs) {

    public SuggestedPartner {
        reasonArgs = List.copyOf(reasonArgs);
    }

    public PartnerEntry entry() {
        return new PartnerEntry(name, type, null);
    }
}
