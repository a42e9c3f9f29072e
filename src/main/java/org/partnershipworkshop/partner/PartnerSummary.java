package org.partnershipworkshop.partner;

import java.util.List;
import org.partnershipworkshop.canvas.PartnerType;

/**
 * A registry partner as the list shows it. {@code type} is the registry's or, when {@code typeSet} is false,
 * the one groups used most (null if none). {@code region} is the one a manager recorded; {@code meetingRegions}
 * are the regions of the meetings it appears in. {@code services} is its degree in the network.
 */
public record PartnerSummary(long id, String name, PartnerType type, boolean typeSet, String region,
                             List<String> meetingRegions, List<String> aliases, int services, int meetings) {

    public PartnerSummary {
        meetingRegions = List.copyOf(meetingRegions);
        aliases = List.copyOf(aliases);
    }
}
