package org.partnershipworkshop.partner;

/** Published inside a transaction that changed the registry; the network is re-read after the commit. */
public record RegistryChanged() {
}
