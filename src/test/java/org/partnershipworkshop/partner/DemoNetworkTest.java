package org.partnershipworkshop.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.base.NotFoundException;
import org.partnershipworkshop.security.TableSeat;
import org.partnershipworkshop.canvas.Canvas;
import org.partnershipworkshop.canvas.PartnerEntry;
import org.partnershipworkshop.canvas.PartnerType;
import org.partnershipworkshop.canvas.SuggestedPartner;
import org.partnershipworkshop.interchange.InterchangeService;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The network of the demo meeting (Velingrad 2012), checked against the example document: 28 distinct
 * partners, 9 services, 36 links; "Местна власт" and "НПО" support 3 services each. Betweenness values are
 * NetworkX 2.8.8's on the same graph.
 */
@IntegrationTest
@WithMockUser(username = "manager", roles = "MANAGER")
class DemoNetworkTest {

    @Autowired
    InterchangeService interchange;
    @Autowired
    MeetingService meetings;
    @Autowired
    PartnerService partners;
    @Autowired
    org.partnershipworkshop.live.JoinService joining;

    MeetingDetails meeting;
    PartnerNetwork network;

    @BeforeEach
    void importDemo() {
        meeting = TestData.importExample(interchange, meetings);
        network = partners.network(new NetworkFilter(meeting.id(), null, null, null));
    }

    private PartnerNode partner(String name) {
        return network.partners().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no partner " + name));
    }

    private long group(int number) {
        return meeting.groups().stream().filter(g -> g.number() == number).findFirst().orElseThrow().id();
    }

    @Test
    void partnersServicesAndLinksOfTheDemoMeeting() {
        assertThat(network.partners()).hasSize(28);
        assertThat(network.services()).hasSize(9);
        assertThat(network.linkCount()).isEqualTo(36);
        assertThat(network.byDegree()).extracting(PartnerNode::name).startsWith("Местна власт", "НПО");
        assertThat(network.degree(partner("Местна власт"))).isEqualTo(3);
        assertThat(network.degree(partner("НПО"))).isEqualTo(3);
        assertThat(network.partners()).filteredOn(p -> network.degree(p) == 3).hasSize(2);
        assertThat(network.partners()).filteredOn(p -> network.degree(p) == 2).extracting(PartnerNode::name)
                .containsExactlyInAnyOrder("Клуб на пенсионера", "Училища", "Община", "Родители");
        assertThat(partner("НПО").type()).isEqualTo(PartnerType.NGO);
        ServiceNode pupils = network.service(group(2)).orElseThrow();
        assertThat(pupils.targetGroup()).isEqualTo("Учениците от 1-4 клас");
        assertThat(pupils.regions()).containsExactly("Смолян", "Пазарджик");
        assertThat(network.links(pupils)).extracting(l -> l.partner().name()).containsExactlyInAnyOrder("Учители", "Родители");
    }

    @Test
    void betweennessRanksLikeNetworkXAndJGraphT() {
        assertThat(network.byBetweenness()).extracting(PartnerNode::name)
                .startsWith("НПО", "Местна власт", "Родители", "Училища", "Община", "Клуб на пенсионера");
        assertThat(network.betweenness(partner("НПО"))).isCloseTo(0.220106, within(1e-6));
        assertThat(network.betweenness(partner("Местна власт"))).isCloseTo(0.206878, within(1e-6));
        assertThat(network.betweennessRank(partner("НПО"))).isEqualTo(1);
        Map<NetworkNode, Double> jgrapht = new BetweennessCentrality<>(network.graph(), true).getScores();
        jgrapht.forEach((node, score) -> assertThat(network.betweenness(node)).isCloseTo(2 * score, within(1e-12)));
    }

    @Test
    void coPartnersShortestPathsAndCommunities() {
        PartnerMetrics local = network.metrics(partner("Местна власт"));
        assertThat(local.coPartners()).hasSize(12).allSatisfy(c -> assertThat(c.sharedServices()).isEqualTo(1));
        assertThat(local.coPartners()).extracting(c -> c.partner().name())
                .contains("НПО", "Родители", "Читалища", "Медии", "Клуб на пенсионера");
        assertThat(local.meetings()).isEqualTo(1);

        assertThat(network.shortestPath(partner("Учители"), partner("Медии"))).extracting(NetworkNode::label)
                .containsExactly("Учители", "Ученици", "Родители", "Хора с двигателни увреждания", "Местна власт",
                        "Пенсионери 60+", "Медии");
        // Group 6 shares no partner name with any other table: no path.
        assertThat(network.shortestPath(partner("Учители"), partner("Бюро по труда"))).isEmpty();

        Set<Integer> communities = network.partners().stream().map(network::community).collect(Collectors.toSet());
        assertThat(communities).hasSizeGreaterThanOrEqualTo(3).doesNotContain(0);
        assertThat(network.community(partner("Бюро по труда")))
                .as("the lone group 6 is its own community")
                .isNotEqualTo(network.community(partner("Местна власт")));
        assertThat(network.community(partner("Учители"))).isEqualTo(network.community(partner("Родители")));
    }

    @Test
    void filtersByRegionPartnerTypeAndTargetGroup() {
        PartnerNetwork ngos = partners.network(new NetworkFilter(meeting.id(), null, PartnerType.NGO, null));
        assertThat(ngos.partners()).extracting(PartnerNode::name).containsExactlyInAnyOrder("НПО", "Съюз на инвалидите",
                "Младежки парламент", "Лидери на ромски организации", "Неправителствени организации");
        assertThat(ngos.services()).extracting(ServiceNode::groupNumber).containsExactlyInAnyOrder(3, 4, 5, 6);

        PartnerNetwork pensioners = partners.network(new NetworkFilter(meeting.id(), "  смолян ", null, "пенсионери"));
        assertThat(pensioners.services()).extracting(ServiceNode::groupNumber).containsExactly(9);
        assertThat(partners.network(new NetworkFilter(meeting.id(), "Варна", null, null)).isEmpty()).isTrue();
        assertThatThrownBy(() -> partners.network(new NetworkFilter(-1L, null, null, null)))
                .isInstanceOf(NotFoundException.class);
        assertThat(partners.regions()).contains("Смолян", "Пазарджик");
    }

    @Test
    void suggestionsForACanvasComeFromCoPartnersAndSimilarTargetGroups() {
        // Group 2 (pupils) has "Учители" and "Родители"; "Родители" also supports group 4.
        Canvas pupils = new Canvas(Map.of("partners", List.of(new PartnerEntry("Учители", PartnerType.SCHOOL, null),
                new PartnerEntry("Родители", PartnerType.INDIVIDUALS, null))));
        List<SuggestedPartner> suggested = partners.suggestFor(group(2), pupils, 5);
        assertThat(suggested).hasSize(5).extracting(SuggestedPartner::name)
                .doesNotContain("Учители", "Родители").contains("Местна власт", "НПО");
        assertThat(suggested.getFirst().reasonKey()).isEqualTo(CanvasSuggester.CO_PARTNERS);
        assertThat(suggested.getFirst().reasonArgs()).containsExactly("Родители");

        String u = PartnerMeetings.unique();
        MeetingDetails bees = PartnerMeetings.importMeeting(interchange, meetings, "Пчелари " + u, "Смолян", List.of(
                new PartnerMeetings.Group("Пчелари", "Млади пчелари " + u, PartnerMeetings.partners(
                        PartnerMeetings.partner("Сдружение на пчеларите " + u, "ngo", null))),
                new PartnerMeetings.Group(PartnerMeetings.unique(), null, List.of())));
        long children = bees.groups().get(1).id();
        Canvas beekeepers = new Canvas(Map.of("targetGroup", List.of(new org.partnershipworkshop.canvas.Note("Пчеларите " + u))));
        assertThat(partners.suggestFor(children, beekeepers, 3)).first().satisfies(first -> {
            assertThat(first.name()).isEqualTo("Сдружение на пчеларите " + u);
            assertThat(first.type()).isEqualTo(PartnerType.NGO);
            assertThat(first.reasonKey()).isEqualTo(CanvasSuggester.TARGET_GROUP);
            assertThat(first.reasonArgs()).containsExactly(1);
        });
        assertThat(partners.suggestFor(children, Canvas.EMPTY, 2)).as("an empty canvas gets the most connected")
                .allSatisfy(p -> assertThat(p.reasonKey()).isEqualTo(CanvasSuggester.COMMON));
    }

    @Test
    void aParticipantMayAskForSuggestionsForTheirOwnTableOnly() {
        // A seat is valid while its meeting is open in the room (the live record exists and is not closed).
        org.partnershipworkshop.base.SystemTask.run(() -> joining.joinInfo(meeting.id()));
        var previous = SecurityContextHolder.getContext().getAuthentication();
        try {
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    new TableSeat(meeting.id(), group(2), 2), null, AuthorityUtils.createAuthorityList("ROLE_PARTICIPANT")));
            assertThat(partners.suggestFor(group(2), Canvas.EMPTY, 3)).isNotEmpty();
            assertThatThrownBy(() -> partners.suggestFor(group(3), Canvas.EMPTY, 3)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> partners.network(NetworkFilter.ALL)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> partners.partners()).isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
