package org.partnershipworkshop.partner;

import java.util.List;

/**
 * What the network says about one partner: its degree (services it supports), betweenness on the
 * partner–service graph (normalized, 0–1) and its place in that ranking (1 = most between), its community,
 * in how many meetings it appears, and its co-partners, most shared services first.
 */
public record PartnerMetrics(PartnerNode partner, int degree, double betweenness, int betweennessRank, int community,
                             int meetings, List<CoPartner> coPartners) {

    public PartnerMetrics {
        coPartners = List.copyOf(coPartners);
    }
}
