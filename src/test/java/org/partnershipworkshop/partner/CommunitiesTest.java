package org.partnershipworkshop.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.canvas.PartnerType;

/** Communities are defined for every graph: no edges, one vertex, only pairs, isolated vertices beside a cluster. */
class CommunitiesTest {

    @Test
    void aGraphWithoutEdgesHasOneCommunityPerVertex() {
        PartnerNetwork network = new PartnerNetwork(List.of(LargeNetworks.service(1, 1), LargeNetworks.service(2, 1)), List.of());
        Map<NetworkNode, Integer> communities = Communities.of(network.graph());
        assertThat(communities.values()).containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void oneVertexIsCommunityOne() {
        ServiceNode only = LargeNetworks.service(1, 1);
        PartnerNetwork network = new PartnerNetwork(List.of(only), List.of());
        assertThat(network.community(only)).isEqualTo(1);
    }

    @Test
    void eachTableWithItsOwnPartnerIsACommunityOfTwo() {
        PartnerNetwork network = LargeNetworks.eachTableItsOwnPartner(9);
        Map<NetworkNode, Integer> communities = Communities.of(network.graph());
        assertThat(communities).hasSize(18);
        Map<Integer, Set<NetworkNode>> byNumber = communities.entrySet().stream().collect(Collectors.groupingBy(
                Map.Entry::getValue, Collectors.mapping(Map.Entry::getKey, Collectors.toSet())));
        assertThat(byNumber).hasSize(9);
        byNumber.values().forEach(pair -> assertThat(pair).hasSize(2)
                .anyMatch(PartnerNode.class::isInstance).anyMatch(ServiceNode.class::isInstance));
    }

    @Test
    void clustersAreFoundInsideTheirPartAndIsolatedVerticesStandAlone() {
        PartnerNetwork network = LargeNetworks.withoutPartners(30);
        Map<NetworkNode, Integer> communities = Communities.of(network.graph());
        assertThat(communities).hasSize(network.nodeCount());
        // The 60 tables without partners are communities of one, numbered after every larger community.
        long singles = communities.values().stream().collect(Collectors.groupingBy(c -> c, Collectors.counting()))
                .values().stream().filter(n -> n == 1).count();
        assertThat(singles).isEqualTo(60);
        // The linked meeting is one connected part: no community mixes it with a table without partners.
        PartnerNode hub = network.partner(1).orElseThrow();
        int hubCommunity = network.community(hub);
        assertThat(network.neighbours(hub)).allSatisfy(n -> assertThat(network.degree(n)).isPositive());
        assertThat(hubCommunity).isLessThan(communities.values().stream().mapToInt(Integer::intValue).max().orElseThrow());
        assertThat(communities.get(LargeNetworks.service(10_001, 1))).isGreaterThan(hubCommunity);
    }

    @Test
    void aNetworkFilteredToOneTypeHasCommunities() {
        PartnerNetwork network = LargeNetworks.withoutPartners(5).filter(new NetworkFilter(null, null, PartnerType.NGO, null));
        assertThat(network.partners()).isNotEmpty();
        assertThat(network.partners()).allSatisfy(p -> assertThat(network.community(p)).isPositive());
    }
}
