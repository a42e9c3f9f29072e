package org.partnershipworkshop.proceedings.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jgrapht.alg.drawing.model.Point2D;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.canvas.PartnerType;
import org.partnershipworkshop.proceedings.ProceedingsFixtures;
import org.partnershipworkshop.proceedings.figure.NetworkLayout.Node;
import org.partnershipworkshop.proceedings.figure.NetworkLayout.PartnerNode;
import org.partnershipworkshop.proceedings.pdf.Overview.GroupRef;
import org.partnershipworkshop.proceedings.pdf.Overview.PartnerLine;
import org.partnershipworkshop.documents.LabelFont;
import org.partnershipworkshop.proceedings.figure.NetworkLayout;
import org.partnershipworkshop.proceedings.figure.ForceLayout;
import org.partnershipworkshop.proceedings.figure.LabelPlacer;
import org.partnershipworkshop.proceedings.figure.Box;

/** The network figure's graph and layout: built from the read model, reproducible, inside the drawing, readable. */
class NetworkLayoutTest {

    /** The drawing the network writer gives the graph on its A4 landscape page (key of four lines), in points. */
    private static final double WIDTH = 563;
    private static final double HEIGHT = 347;

    private static GroupSheet group(int number) {
        return new GroupSheet(number, "Група " + number, List.of(), "Умна диаграма", 4, 3, List.of(), Map.of());
    }

    private static PartnerLine partner(String name, PartnerType type, int... groups) {
        List<GroupRef> refs = new ArrayList<>();
        for (int g : groups) {
            refs.add(new GroupRef(g, "Група " + g));
        }
        return new PartnerLine(name.toLowerCase(), name, type, List.of(), refs);
    }

    private static final List<GroupSheet> GROUPS = List.of(group(1), group(2), group(3), group(4));
    private static final List<PartnerLine> PARTNERS = List.of(
            partner("Община", PartnerType.MUNICIPALITY, 1, 2, 3),
            partner("Училище", PartnerType.SCHOOL, 1),
            partner("Музей", PartnerType.MUSEUM, 2),
            partner("Медии", null, 4));

    private static NetworkLayout layout(List<GroupSheet> groups, List<PartnerLine> partners) {
        return new NetworkLayout(FigureGraph.of(groups, partners), WIDTH, HEIGHT, LabelFont.of(NetworkWriter.labelSize(partners.size())));
    }

    @Test
    void servicesAndPartnersAreVerticesAndEachNamingAnEdge() {
        NetworkLayout layout = layout(GROUPS, PARTNERS);
        assertThat(layout.graph().vertexSet()).hasSize(8);
        assertThat(layout.graph().edgeSet()).hasSize(6);
        Node municipality = layout.graph().vertexSet().stream()
                .filter(n -> n.id().equals("p:община")).findFirst().orElseThrow();
        assertThat(layout.graph().degreeOf(municipality)).isEqualTo(3);
        assertThat(((PartnerNode) municipality).shared()).isTrue();
    }

    @Test
    void theLayoutAndTheNamesAreTheSameEveryTimeAndInsideTheDrawing() {
        NetworkFixtures.Network network = NetworkFixtures.generate(12, 40, 5);
        NetworkLayout first = layout(network.groups(), network.partners());
        NetworkLayout second = layout(network.groups(), network.partners());
        for (Node node : first.graph().vertexSet()) {
            Point2D p = first.position(node);
            assertThat(second.position(node)).isEqualTo(p);
            assertThat(first.mark(node).inside(first.frame())).as("%s inside the drawing", node.id()).isTrue();
        }
        assertThat(second.labels()).isEqualTo(first.labels());
        // vertices do not sit on top of each other
        List<Node> nodes = new ArrayList<>(first.graph().vertexSet());
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                assertThat(first.mark(nodes.get(i)).overlaps(first.mark(nodes.get(j))))
                        .as("marks of %s and %s overlap", nodes.get(i).id(), nodes.get(j).id()).isFalse();
            }
        }
    }

    /**
     * The rule the figure keeps so a reader can tell which name belongs to which disc: every partner is
     * named (up to {@link NetworkLayout#LABEL_ALL_UP_TO} partners); each name's box lies inside the drawing,
     * overlaps no other name's box and no other vertex's mark (a partner's disc or a service's square, as
     * their bounding boxes), and touches the surroundings of its own disc (within 3 points).
     */
    private static void assertReadable(NetworkLayout layout) {
        long partners = NetworkLayout.partnerCount(layout.graph());
        assertThat(layout.omitted()).as("partners left without a name").isEmpty();
        assertThat(layout.labels()).hasSize((int) partners);
        List<LabelPlacer.Label> labels = layout.labels();
        for (int i = 0; i < labels.size(); i++) {
            LabelPlacer.Label label = labels.get(i);
            Box box = label.box();
            String name = label.partner().name();
            assertThat(box.inside(layout.frame())).as("the name %s inside the drawing", name).isTrue();
            for (int j = i + 1; j < labels.size(); j++) {
                assertThat(box.overlaps(labels.get(j).box()))
                        .as("the names %s and %s overlap", name, labels.get(j).partner().name()).isFalse();
            }
            for (Node node : layout.graph().vertexSet()) {
                if (!node.equals(label.partner())) {
                    assertThat(box.overlaps(layout.mark(node))).as("the name %s covers %s", name, node.id()).isFalse();
                }
            }
            assertThat(box.overlaps(layout.mark(label.partner()).grow(3)))
                    .as("the name %s stands beside its disc", name).isTrue();
        }
    }

    @Test
    void inTheDemoMeetingEveryPartnerIsNamedAndNoNameCoversAnotherNameOrMark() {
        Proceedings demo = ProceedingsFixtures.model(ProceedingsFixtures.demo(), Optional.empty());
        assertThat(demo.groups()).hasSize(9);
        assertThat(demo.overview().partners()).hasSize(28);
        NetworkLayout layout = layout(demo.groups(), demo.overview().partners());
        assertThat(layout.graph().edgeSet()).hasSize(36);
        assertReadable(layout);
        assertThat(layout.labels()).noneMatch(LabelPlacer.Label::shortened); // there is room for every full name
    }

    @Test
    void inAMeetingOfThirtyGroupsAndHundredFiftyPartnersEveryPartnerIsNamedAndNoNameCoversAnotherNameOrMark() {
        for (long seed = 1; seed <= 3; seed++) {
            NetworkFixtures.Network network = NetworkFixtures.generate(30, 150, seed);
            NetworkLayout layout = layout(network.groups(), network.partners());
            assertReadable(layout);
            // shortening is the last resort: most names are written in full
            assertThat(layout.labels().stream().filter(LabelPlacer.Label::shortened).count())
                    .as("names shortened").isLessThan(150 / 6);
        }
    }

    @Test
    void inASmallMeetingEveryNameIsWrittenInFull() {
        for (long seed = 1; seed <= 3; seed++) {
            NetworkFixtures.Network network = NetworkFixtures.generate(5, 15, seed);
            NetworkLayout layout = layout(network.groups(), network.partners());
            assertReadable(layout);
            assertThat(layout.labels()).noneMatch(LabelPlacer.Label::shortened);
        }
    }

    @Test
    void aVeryLargeNetworkNamesOnlySharedPartnersAndStillPlacesEveryVertex() {
        List<GroupSheet> groups = new ArrayList<>();
        List<PartnerLine> partners = new ArrayList<>();
        for (int g = 1; g <= 120; g++) {
            groups.add(group(g));
            partners.add(partner("Партньор " + g, PartnerType.NGO, g, g % 120 + 1));
            partners.add(partner("Община " + g, PartnerType.MUNICIPALITY, g));
        }
        NetworkLayout layout = layout(groups, partners);
        assertThat(layout.labelsAll()).isFalse();
        assertThat(layout.graph().vertexSet()).allSatisfy(n -> assertThat(layout.mark(n).inside(layout.frame())).isTrue());
        assertThat(layout.labels()).isNotEmpty().allSatisfy(l -> assertThat(l.partner().shared()).isTrue());
    }

    @Test
    void theGridVariantOfTheRepulsionForHugeNetworksPlacesEveryVertexApart() {
        NetworkFixtures.Network network = NetworkFixtures.generate(30, 150, 4);
        var graph = FigureGraph.of(network.groups(), network.partners());
        Box frame = new Box(0, 0, WIDTH, HEIGHT);
        Map<Node, Point2D> near = ForceLayout.layout(graph, frame, 10, n -> 100, true);
        assertThat(near).hasSize(graph.vertexSet().size());
        assertThat(near.values()).allSatisfy(p -> {
            assertThat(p.getX()).isBetween(10.0, WIDTH - 10);
            assertThat(p.getY()).isBetween(10.0, HEIGHT - 10);
        });
        assertThat(near.values().stream().distinct().count()).isEqualTo(near.size());
        assertThat(ForceLayout.layout(graph, frame, 10, n -> 100, true)).isEqualTo(near);
    }
}
