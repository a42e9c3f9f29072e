package org.partnershipworkshop.partner;

import java.util.List;

/**
 * One partner in full: its summary, what a manager recorded (with the version to edit it), the canvas
 * spellings linked to it, its services with the roles groups gave it, and the partners merged into it.
 */
public record PartnerProfile(PartnerSummary summary, PartnerDetails details, long version, List<String> spellings,
                             List<ServiceLink> links, List<PartnerMerge> merges) {

    public PartnerProfile {
        spellings = List.copyOf(spellings);
        links = List.copyOf(links);
        merges = List.copyOf(merges);
    }

    public long id() {
        return summary.id();
    }
}
