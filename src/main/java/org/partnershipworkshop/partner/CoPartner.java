package org.partnershipworkshop.partner;

/** A partner of the partner–partner projection: it supports {@code sharedServices} services together with another. */
public record CoPartner(PartnerNode partner, int sharedServices) {
}
