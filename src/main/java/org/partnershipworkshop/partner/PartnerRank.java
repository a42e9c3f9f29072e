package org.partnershipworkshop.partner;

/**
 * A partner's line in a ranking of the network: degree (= number of services it supports), normalized
 * betweenness, meetings it appears in, community.
 */
public record PartnerRank(PartnerNode partner, int degree, double betweenness, int meetings, int community) {

    public int services() {
        return degree;
    }
}
