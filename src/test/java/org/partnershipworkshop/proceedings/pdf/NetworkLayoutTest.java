package org.partnershipworkshop.proceedings.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jgrapht.alg.drawing.model.Point2D;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.canvas.PartnerType;
import org.partnershipworkshop.proceedings.pdf.Overview.GroupRef;
import org.partnershipworkshop.proceedings.pdf.Overview.PartnerLine;

/** The network figure's graph and layout: built from the read model, reproducible, inside the drawing. */
class NetworkLayoutTest {

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

    @Test
    void servicesAndPartnersAreVerticesAndEachNamingAnEdge() {
        NetworkLayout layout = new NetworkLayout(GROUPS, PARTNERS, 1.8);
        assertThat(layout.graph().vertexSet()).hasSize(8);
        assertThat(layout.graph().edgeSet()).hasSize(6);
        NetworkLayout.Node municipality = layout.graph().vertexSet().stream()
                .filter(n -> n.id().equals("p:община")).findFirst().orElseThrow();
        assertThat(layout.graph().degreeOf(municipality)).isEqualTo(3);
    }

    @Test
    void theLayoutIsTheSameEveryTimeAndInsideTheDrawing() {
        NetworkLayout first = new NetworkLayout(GROUPS, PARTNERS, 1.8);
        NetworkLayout second = new NetworkLayout(GROUPS, PARTNERS, 1.8);
        for (NetworkLayout.Node node : first.graph().vertexSet()) {
            Point2D p = first.position(node);
            assertThat(second.position(node)).isEqualTo(p);
            assertThat(p.getX()).isBetween(0.0, 1.0);
            assertThat(p.getY()).isBetween(0.0, 1.0);
        }
        // vertices do not sit on top of each other
        List<Point2D> points = first.graph().vertexSet().stream().map(first::position).toList();
        for (int i = 0; i < points.size(); i++) {
            for (int j = i + 1; j < points.size(); j++) {
                double dx = points.get(i).getX() - points.get(j).getX();
                double dy = points.get(i).getY() - points.get(j).getY();
                assertThat(Math.hypot(dx, dy)).as("distance of vertices %d and %d", i, j).isGreaterThan(0.02);
            }
        }
    }

    @Test
    void aLargeNetworkUsesTheQuadtreeLayoutAndStillPlacesEveryVertex() {
        List<GroupSheet> groups = new ArrayList<>();
        List<PartnerLine> partners = new ArrayList<>();
        for (int g = 1; g <= 120; g++) {
            groups.add(group(g));
            partners.add(partner("Партньор " + g, PartnerType.NGO, g, g % 120 + 1));
            partners.add(partner("Община " + g, PartnerType.MUNICIPALITY, g));
        }
        NetworkLayout layout = new NetworkLayout(groups, partners, 1.8);
        assertThat(layout.graph().vertexSet()).hasSizeGreaterThan(NetworkLayout.QUADTREE_FROM);
        assertThat(layout.graph().vertexSet()).allSatisfy(n -> assertThat(layout.position(n)).isNotNull());
    }
}
