package org.partnershipworkshop.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.base.Json;
import org.partnershipworkshop.canvas.PartnerType;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;

/**
 * Every export format: well-formed, readable back by jgrapht-io (with XML schema validation), and carrying
 * the labels, kinds, types and roles — Cyrillic, quotes and ampersands included.
 */
class NetworkExportTest {

    static final PartnerNode NPO = new PartnerNode(1, "НПО „Светлина“ & Co", PartnerType.NGO, "Смолян");
    static final PartnerNode TOWN = new PartnerNode(2, "Местна власт", PartnerType.MUNICIPALITY, null);
    static final PartnerNode PARENTS = new PartnerNode(3, "Родители <група>", null, null);
    static final ServiceNode PUPILS = new ServiceNode(10, 5, "Велинград 2012", LocalDate.of(2012, 5, 17), 2, "Ученици",
            "Учениците от 1-4 клас", List.of("Смолян", "Пазарджик"));
    static final ServiceNode ELDERLY = new ServiceNode(11, 5, "Велинград 2012", LocalDate.of(2012, 5, 17), 9, "Пенсионери 60+",
            "", List.of("Смолян"));
    static final ServiceNode EMPTY = new ServiceNode(12, 5, "Велинград 2012", LocalDate.of(2012, 5, 17), 3, "Без партньори",
            "", List.of());

    static PartnerNetwork network() {
        return new PartnerNetwork(List.of(PUPILS, ELDERLY, EMPTY), List.of(
                new ServiceLink(NPO, PUPILS, List.of("обучение \"на място\"")),
                new ServiceLink(PARENTS, PUPILS, List.of()),
                new ServiceLink(NPO, ELDERLY, List.of()),
                new ServiceLink(TOWN, ELDERLY, List.of("зала", "транспорт"))));
    }

    private static String text(NetworkFormat format) {
        return new String(NetworkExport.write(network(), format), StandardCharsets.UTF_8);
    }

    private static Document xml(NetworkFormat format) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(NetworkExport.write(network(), format)));
    }

    @Test
    void graphMlIsWellFormedAndReadsBackWithLabelsTypesAndRoles() throws Exception {
        assertThat(xml(NetworkFormat.GRAPHML).getDocumentElement().getLocalName()).isEqualTo("graphml");
        Graph<String, DefaultEdge> graph = new SimpleGraph<>(null, DefaultEdge::new, false);
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(true);
        importer.setVertexFactory(id -> id);
        Map<String, Map<String, String>> vertices = new HashMap<>();
        Map<String, String> roles = new HashMap<>();
        importer.addVertexAttributeConsumer((pair, attribute) ->
                vertices.computeIfAbsent(pair.getFirst(), v -> new HashMap<>()).put(pair.getSecond(), attribute.getValue()));
        importer.addEdgeAttributeConsumer((pair, attribute) -> {
            if (pair.getSecond().equals("role")) {
                roles.put(graph.getEdgeSource(pair.getFirst()) + "|" + graph.getEdgeTarget(pair.getFirst()), attribute.getValue());
            }
        });
        importer.importGraph(graph, new StringReader(text(NetworkFormat.GRAPHML)));

        assertSameShape(graph);
        assertThat(vertices.get("partner-1")).containsEntry("label", "НПО „Светлина“ & Co").containsEntry("kind", "partner")
                .containsEntry("type", "ngo").containsEntry("region", "Смолян").containsEntry("degree", "2");
        assertThat(vertices.get("partner-3")).containsEntry("label", "Родители <група>").doesNotContainKey("type");
        assertThat(vertices.get("service-10")).containsEntry("kind", "service").containsEntry("meetingId", "5")
                .containsEntry("targetGroup", "Учениците от 1-4 клас").containsEntry("region", "Смолян; Пазарджик");
        assertThat(Double.parseDouble(vertices.get("partner-1").get("betweenness"))).isCloseTo(
                network().betweenness(NPO), within(1e-12));
        assertThat(roles).containsEntry("partner-1|service-10", "обучение \"на място\"")
                .containsEntry("partner-2|service-11", "зала; транспорт");
    }

    @Test
    void gexfIsWellFormedValidAndReadsBackForGephi() throws Exception {
        Document doc = xml(NetworkFormat.GEXF);
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("gexf");
        assertThat(doc.getElementsByTagNameNS("*", "attribute").getLength()).as("declared attributes").isGreaterThanOrEqualTo(10);
        Graph<String, DefaultEdge> graph = new SimpleGraph<>(null, DefaultEdge::new, false);
        SimpleGEXFImporter<String, DefaultEdge> importer = new SimpleGEXFImporter<>();
        importer.setSchemaValidation(true);
        importer.setVertexFactory(id -> id);
        Map<String, Map<String, String>> vertices = new HashMap<>();
        importer.addVertexAttributeConsumer((pair, attribute) ->
                vertices.computeIfAbsent(pair.getFirst(), v -> new HashMap<>()).put(pair.getSecond(), attribute.getValue()));
        importer.importGraph(graph, new InputStreamReader(new ByteArrayInputStream(
                NetworkExport.write(network(), NetworkFormat.GEXF)), StandardCharsets.UTF_8));

        assertSameShape(graph);
        assertThat(vertices.get("partner-2")).containsEntry("label", "Местна власт").containsEntry("type", "municipality")
                .containsEntry("kind", "partner");
        assertThat(vertices.get("service-11")).containsEntry("label", "Пенсионери 60+").containsEntry("group", "9");
    }

    @Test
    void dotReadsBackWithLabels() {
        Graph<String, DefaultEdge> graph = new SimpleGraph<>(null, DefaultEdge::new, false);
        Map<String, String> labels = readDot(text(NetworkFormat.DOT), graph);
        assertSameShape(graph);
        assertThat(labels).containsEntry("partner-1", "НПО „Светлина“ & Co").containsEntry("service-12", "Без партньори");
    }

    @Test
    void jsonFollowsTheApiContract() {
        JsonNode json = Json.MAPPER.readTree(NetworkExport.write(network(), NetworkFormat.JSON));
        assertThat(json.get("nodes")).hasSize(6);
        assertThat(json.get("edges")).hasSize(4);
        assertThat(json.get("nodes").get(0).get("id").asString()).as("partners first, by name").isEqualTo("partner-2");
        JsonNode service = findNode(json, "service-10");
        assertThat(service.get("kind").asString()).isEqualTo("service");
        assertThat(service.get("meetingId").asLong()).isEqualTo(5);
        assertThat(service.has("type")).isFalse();
        JsonNode partner = findNode(json, "partner-1");
        assertThat(partner.get("type").asString()).isEqualTo("ngo");
        assertThat(partner.get("label").asString()).isEqualTo("НПО „Светлина“ & Co");
        assertThat(json.get("edges").findValuesAsString("role")).contains("обучение \"на място\"", "зала; транспорт");
    }

    @Test
    void csvListsTheLinksForSpreadsheets() {
        byte[] bytes = NetworkExport.write(network(), NetworkFormat.CSV);
        assertThat(bytes[0]).as("byte-order mark").isEqualTo((byte) 0xEF);
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.getFirst()).startsWith("partner_id,partner,partner_type,service_id");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("partner-1,НПО „Светлина“ & Co,ngo,service-10,Ученици,2,5,")
                .endsWith(",\"обучение \"\"на място\"\"\""));
    }

    @Test
    void csvCellsThatLookLikeFormulasAreDefused() {
        String csv = new String(org.partnershipworkshop.base.Csv.write(List.of(List.of("=HYPERLINK(\"x\")", "-5", "+359 88", "@me"))),
                StandardCharsets.UTF_8);
        assertThat(csv.substring(1).strip()).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\",-5,'+359 88,'@me");
    }

    /** Reads a DOT export into the graph with jgrapht-io, answering each vertex's label. */
    static Map<String, String> readDot(String dot, Graph<String, DefaultEdge> graph) {
        DOTImporter<String, DefaultEdge> importer = new DOTImporter<>();
        importer.setVertexFactory(id -> id);
        Map<String, String> labels = new HashMap<>();
        importer.addVertexAttributeConsumer((pair, attribute) -> {
            if (pair.getSecond().equals("label")) {
                labels.put(pair.getFirst(), attribute.getValue());
            }
        });
        importer.importGraph(graph, new StringReader(dot));
        return labels;
    }

    private static void assertSameShape(Graph<String, DefaultEdge> graph) {
        assertThat(graph.vertexSet()).containsExactlyInAnyOrder("partner-1", "partner-2", "partner-3", "service-10",
                "service-11", "service-12");
        assertThat(graph.edgeSet()).hasSize(4);
        assertThat(graph.containsEdge("partner-2", "service-11")).isTrue();
        assertThat(graph.degreeOf("service-12")).isZero();
    }

    private static JsonNode findNode(JsonNode json, String id) {
        for (JsonNode n : json.get("nodes")) {
            if (n.get("id").asString().equals(id)) {
                return n;
            }
        }
        throw new AssertionError("no node " + id);
    }
}
