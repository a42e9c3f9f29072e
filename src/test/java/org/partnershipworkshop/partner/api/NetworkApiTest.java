package org.partnershipworkshop.partner.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.interchange.InterchangeService;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.security.AccountService;
import org.partnershipworkshop.support.Api;
import org.partnershipworkshop.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** {@code /api/network} and {@code /api/network/partners} of API.md on the demo meeting: formats, filters, errors, roles. */
@IntegrationTest
class NetworkApiTest {

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    InterchangeService interchange;
    @Autowired
    MeetingService meetings;

    Api api;
    long meetingId;
    final String manager = Api.basic("manager", TestData.PASSWORD);

    @BeforeEach
    void setUp() {
        api = new Api(port);
        TestData.ensureAccounts(accounts);
        meetingId = TestData.importExample(interchange, meetings).id();
    }

    @Test
    void theJsonNetworkOfOneMeeting() {
        Api.Response response = api.get("/api/network?format=json&meeting=" + meetingId, manager);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        JsonNode json = response.json();
        List<JsonNode> partners = new ArrayList<>();
        List<JsonNode> services = new ArrayList<>();
        json.get("nodes").forEach(n -> (n.get("kind").asString().equals("partner") ? partners : services).add(n));
        assertThat(partners).hasSize(28);
        assertThat(services).hasSize(9).allSatisfy(s -> assertThat(s.get("meetingId").asLong()).isEqualTo(meetingId));
        assertThat(json.get("edges")).hasSize(36);
        assertThat(partners).filteredOn(p -> p.get("label").asString().equals("НПО")).singleElement()
                .satisfies(p -> {
                    assertThat(p.get("type").asString()).isEqualTo("ngo");
                    assertThat(p.get("degree").asInt()).isEqualTo(3);
                });
        assertThat(api.get("/api/network?meeting=" + meetingId, manager).json()).as("json is the default")
                .isEqualTo(json);
    }

    @Test
    void graphMlAndTheOtherFormats() {
        Api.Response graphml = api.get("/api/network?format=graphml&meeting=" + meetingId, manager);
        assertThat(graphml.status()).isEqualTo(200);
        assertThat(graphml.header("Content-Type")).startsWith("application/graphml+xml");
        assertThat(graphml.header("Content-Disposition")).contains("network.graphml");
        Graph<String, DefaultEdge> graph = new SimpleGraph<>(null, DefaultEdge::new, false);
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        importer.importGraph(graph, new StringReader(graphml.body()));
        assertThat(graph.vertexSet()).hasSize(37);
        assertThat(graph.edgeSet()).hasSize(36);

        assertThat(api.get("/api/network?format=gexf&meeting=" + meetingId, manager).body()).contains("<gexf").contains("НПО");
        assertThat(api.get("/api/network?format=dot&meeting=" + meetingId, manager).body()).startsWith("strict graph partners");
        Api.Response csv = api.get("/api/network?format=csv&meeting=" + meetingId, manager);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body().lines()).hasSize(37);
    }

    @Test
    void filtersByRegionAndPartnerType() {
        JsonNode ngos = api.get("/api/network?meeting=" + meetingId + "&partnerType=ngo", manager).json();
        assertThat(ngos.get("nodes").findValuesAsString("type")).containsOnly("ngo").hasSize(5);
        JsonNode none = api.get("/api/network?meeting=" + meetingId + "&region=" + encode("Варна"), manager).json();
        assertThat(none.get("nodes")).isEmpty();
        JsonNode smolyan = api.get("/api/network?meeting=" + meetingId + "&region=" + encode("смолян"), manager).json();
        assertThat(smolyan.get("edges")).hasSize(36);
    }

    /** Issue 13, finding 3: a filter leaving only isolated vertices and pairs still has communities. */
    @Test
    void everyFormatAndTheRankingAnswerForASmallFilteredNetwork() {
        for (String format : List.of("graphml", "gexf", "dot", "csv", "json")) {
            assertThat(api.get("/api/network?format=" + format + "&meeting=" + meetingId + "&partnerType=ngo", manager)
                    .status()).as(format).isEqualTo(200);
        }
        Api.Response ranking = api.get("/api/network/partners?meeting=" + meetingId + "&partnerType=ngo", manager);
        assertThat(ranking.status()).isEqualTo(200);
        assertThat(ranking.json().get(0).get("community").asInt()).isPositive();
    }

    @Test
    void partnersRankedByBetweennessOrDegree() {
        JsonNode between = api.get("/api/network/partners?sort=betweenness&limit=3&meeting=" + meetingId, manager).json();
        assertThat(between.findValuesAsString("name")).containsExactly("НПО", "Местна власт", "Родители");
        JsonNode first = between.get(0);
        assertThat(first.get("degree").asInt()).isEqualTo(3);
        assertThat(first.get("services").asInt()).isEqualTo(3);
        assertThat(first.get("meetings").asInt()).isEqualTo(1);
        assertThat(first.get("type").asString()).isEqualTo("ngo");
        assertThat(first.get("betweenness").asDouble()).isBetween(0.2201, 0.2202);
        assertThat(first.get("id").asLong()).isPositive();

        JsonNode degree = api.get("/api/network/partners?sort=degree&meeting=" + meetingId, manager).json();
        assertThat(degree).hasSize(28);
        assertThat(degree.findValuesAsString("name").subList(0, 2)).containsExactly("Местна власт", "НПО");

        Api.Response csv = api.get("/api/network/partners?format=csv&limit=5&sort=betweenness&meeting=" + meetingId, manager);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        List<String> lines = csv.body().replace("\uFEFF", "").lines().toList();
        assertThat(lines).hasSize(6);
        assertThat(lines.getFirst()).isEqualTo("id,name,type,degree,betweenness,services,meetings,community");
        assertThat(lines.get(1)).contains(",НПО,ngo,3,");
    }

    @Test
    void badRequestsAreExplainedAndNothingElseHappens() {
        Api.Response format = api.get("/api/network?format=xml", manager);
        assertThat(format.status()).isEqualTo(422);
        assertThat(format.header("Content-Type")).startsWith("application/problem+json");
        assertThat(format.json().get("errors").get(0).get("path").asString()).isEqualTo("format");
        assertThat(format.json().get("detail").asString()).contains("xml").contains("graphml");
        assertThat(api.get("/api/network?partnerType=cafe", manager).json().get("detail").asString()).contains("cafe");
        assertThat(api.get("/api/network?meeting=987654321", manager).status()).isEqualTo(404);
        assertThat(api.get("/api/network/partners?sort=fame", manager).status()).isEqualTo(422);
        assertThat(api.get("/api/network/partners?limit=0", manager).status()).isEqualTo(422);
        Api.Response notANumber = api.get("/api/network/partners?limit=many", manager);
        assertThat(notANumber.status()).isEqualTo(422);
        assertThat(notANumber.json().get("detail").asString()).isEqualTo("limit: must be a whole number, not \"many\"");
        assertThat(api.get("/api/network?meeting=first", manager).status()).isEqualTo(422);
    }

    @Test
    void anAccountIsNeeded() {
        assertThat(api.get("/api/network", null).status()).isEqualTo(401);
        assertThat(api.get("/api/network/partners", null).status()).isEqualTo(401);
        assertThat(api.get("/api/network", Api.basic("manager", "wrong")).status()).isEqualTo(401);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
