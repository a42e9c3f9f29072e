package org.partnershipworkshop.canvas;

import java.util.List;

/**
 * Partners worth suggesting to a group for its canvas, e.g. those often involved in services for the same
 * target group or alongside the partners it already has. The partner feature implements it; without that
 * bean the editor shows no suggestions.
 */
public interface PartnerSuggestions {

    /** At most {@code limit} partners for this group's canvas as it stands, best first; none on the canvas yet. */
    List<SuggestedPartner> suggest(long groupId, Canvas canvas, int limit);
}
