package org.partnershipworkshop.partner;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.partnershipworkshop.base.Csv;
import org.partnershipworkshop.base.Json;
import org.partnershipworkshop.base.Text;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a network in the formats of {@link NetworkFormat}. Every format carries the same facts: node
 * label, kind, partner type, region, meeting, target group, degree, betweenness and community; the role on
 * edges. The XML formats are written by jgrapht-io (GEXF opens in Gephi); CSV starts with a UTF-8 byte-order
 * mark so spreadsheet programs read Cyrillic correctly ({@link Csv}). User text is cleaned of control characters
 * in every format, whatever reached the database before input was cleaned (decision 0173).
 */
final class NetworkExport {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Node attributes in the XML formats: name → type. */
    private static final Map<String, AttributeType> NODE_ATTRIBUTES = attributes();

    private NetworkExport() {
    }

    private static Map<String, AttributeType> attributes() {
        Map<String, AttributeType> a = new LinkedHashMap<>();
        a.put("label", AttributeType.STRING);
        a.put("kind", AttributeType.STRING);
        a.put("type", AttributeType.STRING);
        a.put("region", AttributeType.STRING);
        a.put("meetingId", AttributeType.LONG);
        a.put("meeting", AttributeType.STRING);
        a.put("group", AttributeType.INT);
        a.put("targetGroup", AttributeType.STRING);
        a.put("degree", AttributeType.INT);
        a.put("betweenness", AttributeType.DOUBLE);
        a.put("community", AttributeType.INT);
        return a;
    }

    static byte[] write(PartnerNetwork network, NetworkFormat format) {
        return switch (format) {
            case JSON -> Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(json(network));
            case GRAPHML -> text(w -> graphMl(network).exportGraph(network.graph(), w));
            case GEXF -> text(w -> gexf(network).exportGraph(network.graph(), w));
            case DOT -> text(w -> dot(network).exportGraph(network.graph(), w));
            case CSV -> Csv.write(linkRows(network));
        };
    }

    /** The {@code json} format of API.md: {@code {nodes:[{id, kind, label, type?, meetingId?, …}], edges:[{source, target, role?}]}}. */
    static ObjectNode json(PartnerNetwork network) {
        ObjectNode root = NODES.objectNode();
        ArrayNode nodes = root.putArray("nodes");
        for (NetworkNode node : network.graph().vertexSet()) {
            ObjectNode n = nodes.addObject().put("id", node.id()).put("kind", node.kind()).put("label", node.label());
            switch (node) {
                case PartnerNode p -> {
                    if (p.type() != null) {
                        n.put("type", p.type().id());
                    }
                    if (p.region() != null) {
                        n.put("region", p.region());
                    }
                }
                case ServiceNode s -> {
                    n.put("meetingId", s.meetingId()).put("meeting", s.meetingTitle()).put("group", s.groupNumber());
                    if (!s.targetGroup().isEmpty()) {
                        n.put("targetGroup", s.targetGroup());
                    }
                    ArrayNode regions = n.putArray("regions");
                    s.regions().forEach(regions::add);
                }
            }
            n.put("degree", network.degree(node)).put("betweenness", network.betweenness(node));
        }
        ArrayNode edges = root.putArray("edges");
        for (ServiceLink link : network.graph().edgeSet()) {
            ObjectNode e = edges.addObject().put("source", link.partner().id()).put("target", link.service().id());
            if (!link.roles().isEmpty()) {
                e.put("role", link.role());
            }
        }
        return root;
    }

    private static Map<String, Attribute> nodeAttributes(PartnerNetwork network, NetworkNode node) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        a.put("label", userText(node.label()));
        a.put("kind", userText(node.kind()));
        switch (node) {
            case PartnerNode p -> {
                if (p.type() != null) {
                    a.put("type", userText(p.type().id()));
                }
                if (p.region() != null) {
                    a.put("region", userText(p.region()));
                }
            }
            case ServiceNode s -> {
                a.put("region", userText(String.join("; ", s.regions())));
                a.put("meetingId", DefaultAttribute.createAttribute(s.meetingId()));
                a.put("meeting", userText(s.meetingTitle()));
                a.put("group", DefaultAttribute.createAttribute(s.groupNumber()));
                a.put("targetGroup", userText(s.targetGroup()));
            }
        }
        a.put("degree", DefaultAttribute.createAttribute(network.degree(node)));
        a.put("betweenness", DefaultAttribute.createAttribute(network.betweenness(node)));
        a.put("community", DefaultAttribute.createAttribute(network.community(node)));
        return a;
    }

    private static Map<String, Attribute> edgeAttributes(ServiceLink link) {
        return edgeAttributes(link, NetworkExport::userText);
    }

    /** The role on an edge, written as the format needs its text. */
    private static Map<String, Attribute> edgeAttributes(ServiceLink link, Function<String, Attribute> text) {
        return link.roles().isEmpty() ? Map.of() : Map.of("role", text.apply(link.role()));
    }

    /** User text in an XML attribute: jgrapht-io escapes markup, but XML cannot carry control characters at all. */
    private static Attribute userText(String value) {
        return DefaultAttribute.createAttribute(Text.clean(value));
    }

    /**
     * User text in a DOT label: jgrapht-io escapes {@code "} but not {@code \}, so {@code x\"} would close the
     * string and let the rest be read as DOT statements; doubling every backslash first keeps it one label.
     */
    private static Attribute dotText(String value) {
        return DefaultAttribute.createAttribute(Text.clean(value).replace("\\", "\\\\"));
    }

    private static GraphMLExporter<NetworkNode, ServiceLink> graphMl(PartnerNetwork network) {
        GraphMLExporter<NetworkNode, ServiceLink> exporter = new GraphMLExporter<>(NetworkNode::id);
        exporter.setVertexAttributeProvider(v -> nodeAttributes(network, v));
        exporter.setEdgeAttributeProvider(NetworkExport::edgeAttributes);
        NODE_ATTRIBUTES.forEach((name, type) -> exporter.registerAttribute(name,
                GraphMLExporter.AttributeCategory.NODE, type));
        exporter.registerAttribute("role", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        exporter.setEdgeIdProvider(NetworkExport::edgeId);
        return exporter;
    }

    private static GEXFExporter<NetworkNode, ServiceLink> gexf(PartnerNetwork network) {
        GEXFExporter<NetworkNode, ServiceLink> exporter = new GEXFExporter<>(NetworkNode::id, NetworkExport::edgeId);
        exporter.setVertexAttributeProvider(v -> nodeAttributes(network, v));
        exporter.setEdgeAttributeProvider(NetworkExport::edgeAttributes);
        NODE_ATTRIBUTES.forEach((name, type) -> {
            if (!name.equals("label")) {
                exporter.registerAttribute(name, GEXFExporter.AttributeCategory.NODE, gexfType(type));
            }
        });
        exporter.registerAttribute("role", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
        exporter.setCreator("Partnership Workshop");
        exporter.setDescription("Partners and the library services they support");
        return exporter;
    }

    private static GEXFAttributeType gexfType(AttributeType type) {
        return switch (type) {
            case INT -> GEXFAttributeType.INTEGER;
            case LONG -> GEXFAttributeType.LONG;
            case DOUBLE -> GEXFAttributeType.DOUBLE;
            default -> GEXFAttributeType.STRING;
        };
    }

    private static DOTExporter<NetworkNode, ServiceLink> dot(PartnerNetwork network) {
        DOTExporter<NetworkNode, ServiceLink> exporter = new DOTExporter<>(v -> "\"" + v.id() + "\"");
        exporter.setGraphIdProvider(() -> "partners");
        exporter.setVertexAttributeProvider(v -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("label", dotText(v.label()));
            a.put("shape", DefaultAttribute.createAttribute(v instanceof ServiceNode ? "box" : "ellipse"));
            if (v instanceof PartnerNode p && p.type() != null) {
                a.put("type", DefaultAttribute.createAttribute(p.type().id()));
            }
            a.put("degree", DefaultAttribute.createAttribute(network.degree(v)));
            return a;
        });
        exporter.setEdgeAttributeProvider(l -> edgeAttributes(l, NetworkExport::dotText));
        return exporter;
    }

    private static String edgeId(ServiceLink link) {
        return link.partner().id() + "--" + link.service().id();
    }

    private static byte[] text(Consumer<Writer> export) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            export.accept(writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The links as CSV rows with a header. */
    static List<List<String>> linkRows(PartnerNetwork network) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("partner_id", "partner", "partner_type", "service_id", "group", "group_number", "meeting_id",
                "meeting", "target_group", "role"));
        for (ServiceLink l : network.graph().edgeSet()) {
            rows.add(List.of(l.partner().id(), l.partner().name(), l.partner().type() == null ? "" : l.partner().type().id(),
                    l.service().id(), l.service().groupName(), String.valueOf(l.service().groupNumber()),
                    String.valueOf(l.service().meetingId()), l.service().meetingTitle(), l.service().targetGroup(), l.role()));
        }
        return rows;
    }

}
