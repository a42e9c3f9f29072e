package org.partnershipworkshop.partner;

import java.util.List;
import org.partnershipworkshop.canvas.Canvas;
import org.partnershipworkshop.canvas.PartnerSuggestions;
import org.partnershipworkshop.canvas.SuggestedPartner;
import org.springframework.stereotype.Component;

/** The canvas editor's partner suggestions, from the registry and the network. */
@Component
class RegistryPartnerSuggestions implements PartnerSuggestions {

    private final PartnerService partners;

    RegistryPartnerSuggestions(PartnerService partners) {
        this.partners = partners;
    }

    @Override
    public List<SuggestedPartner> suggest(long groupId, Canvas canvas, int limit) {
        return partners.suggestFor(groupId, canvas, limit);
    }
}
