package org.partnershipworkshop.partner;

/**
 * A vertex of the partner–service network: a registry partner or a service (one group's canvas). Vertices
 * are immutable and keyed by {@link #id()} alone ({@code partner-12}, {@code service-34}), never entities.
 */
public sealed interface NetworkNode extends Comparable<NetworkNode> permits PartnerNode, ServiceNode {

    String id();

    String label();

    /** {@code partner} or {@code service}, as the API and the exports name the kinds. */
    String kind();

    @Override
    default int compareTo(NetworkNode other) {
        return id().compareTo(other.id());
    }
}
