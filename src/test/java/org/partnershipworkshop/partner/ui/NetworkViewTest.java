package org.partnershipworkshop.partner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tabs;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.BrowserlessTest;
import org.partnershipworkshop.base.Json;
import org.partnershipworkshop.canvas.PartnerType;
import org.partnershipworkshop.interchange.InterchangeService;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.meeting.MeetingSummary;
import org.partnershipworkshop.partner.NetworkFilter;
import org.partnershipworkshop.partner.PartnerNode;
import org.partnershipworkshop.partner.PartnerRank;
import org.partnershipworkshop.partner.PartnerService;
import org.partnershipworkshop.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.JsonNode;

/**
 * The network view without a browser: the drawing gets the filtered network, a click on a node (the
 * component's event) opens the side panel with services, meetings, co-partners and metrics; the panel's
 * names choose other nodes; a shortest path is listed and highlighted; filters and the table follow.
 */
@BrowserlessTest
@WithMockUser(username = "manager", roles = "MANAGER")
class NetworkViewTest extends SpringBrowserlessTest {

    @Autowired
    InterchangeService interchange;
    @Autowired
    MeetingService meetings;
    @Autowired
    PartnerService partners;

    MeetingDetails meeting;
    NetworkView view;

    @BeforeEach
    void open() {
        meeting = TestData.importExample(interchange, meetings);
        view = navigate(NetworkView.class);
        // As a link with ?meeting= does: show the imported copy of the demo only.
        @SuppressWarnings("unchecked")
        ComboBox<MeetingSummary> meetingFilter = $(ComboBox.class).all().stream()
                .filter(c -> c.getClassNames().contains("network-filter-meeting")).findFirst().orElseThrow();
        meetingFilter.setValue(meetingFilter.getListDataView().getItems().filter(m -> m.id() == meeting.id())
                .findFirst().orElseThrow());
    }

    private String nodeId(String partnerName) {
        return partners.network(new NetworkFilter(meeting.id(), null, null, null)).partners().stream()
                .filter(p -> p.name().equals(partnerName)).findFirst().map(PartnerNode::id).orElseThrow();
    }

    private void click(String nodeId) {
        NetworkGraph graph = view.graph();
        ComponentUtil.fireEvent(graph, new NetworkGraph.NodeSelectEvent(graph, true, nodeId));
    }

    private <T extends Component & HasText> List<String> panelTexts(Class<T> type) {
        return $(type, view.panel()).all().stream().map(HasText::getText).toList();
    }

    @Test
    void theDrawingGetsTheMeetingsNetwork() {
        JsonNode drawn = Json.MAPPER.readTree(view.graph().getElement().getProperty("graph"));
        assertThat(drawn.get("nodes")).hasSize(37);
        assertThat(drawn.get("edges")).hasSize(36);
        assertThat(drawn.get("nodes").findValuesAsString("kind")).contains("partner", "service");
        assertThat(drawn.get("nodes").findValuesAsString("color")).allMatch(c -> c.matches("#[0-9a-f]{6}"));
        assertThat($(Span.class).all().stream().map(Span::getText)).contains(
                view.getTranslation("network.stats", 28, 9, 36));
        assertThat(panelTexts(Paragraph.class)).contains(view.getTranslation("network.panel.hint"));
    }

    @Test
    void clickingAPartnerOpensItsPanel() {
        click(nodeId("Местна власт"));

        assertThat(panelTexts(H3.class)).containsExactly("Местна власт");
        assertThat(view.graph().getElement().getProperty("selected")).isEqualTo(nodeId("Местна власт"));
        List<String> spans = panelTexts(Span.class);
        assertThat(spans).contains(view.getTranslation("network.metric.services"), "3",
                view.getTranslation("partnerType.municipality"));
        List<String> buttons = panelTexts(NativeButton.class);
        assertThat(buttons).contains(view.getTranslation("network.service.label", 4, "Хора с двигателни увреждания"),
                view.getTranslation("network.service.label", 9, "Пенсионери 60+"), "НПО", "Читалища", "Медии");
        assertThat(panelTexts(H4.class))
                .contains(view.getTranslation("network.panel.coPartners", 12),
                        view.getTranslation("network.panel.meetings", 1));

        // A co-partner's name chooses that partner.
        NativeButton npo = $(NativeButton.class, view.panel()).all().stream()
                .filter(b -> b.getText().equals("НПО")).findFirst().orElseThrow();
        test(npo).click();
        assertThat(panelTexts(H3.class)).containsExactly("НПО");
        assertThat(view.graph().getElement().getProperty("selected")).isEqualTo(nodeId("НПО"));
    }

    @Test
    void clickingAServiceListsItsPartnersAndTheBackgroundShowsTheLegend() {
        long pupils = meeting.groups().stream().filter(g -> g.number() == 2).findFirst().orElseThrow().id();
        click("service-" + pupils);
        assertThat(panelTexts(H3.class)).containsExactly(view.getTranslation("network.service.label", 2, "Ученици"));
        assertThat(panelTexts(NativeButton.class)).containsExactlyInAnyOrder("Учители", "Родители");
        assertThat(panelTexts(Paragraph.class)).contains("Учениците от 1-4 клас");

        click(null);
        assertThat(panelTexts(H3.class)).isEmpty();
        assertThat(panelTexts(Paragraph.class)).contains(view.getTranslation("network.panel.hint"));
        assertThat(view.graph().getElement().getProperty("selected")).isEmpty();
    }

    @Test
    void aShortestPathIsListedAndHighlighted() {
        click(nodeId("Учители"));
        @SuppressWarnings("unchecked")
        ComboBox<PartnerNode> to = $(ComboBox.class, view.panel()).first();
        PartnerNode media = to.getListDataView().getItems().filter(p -> p.name().equals("Медии")).findFirst().orElseThrow();
        test(to).selectItem(media.name());

        assertThat(panelTexts(Paragraph.class)).contains(view.getTranslation("network.path.steps", 3));
        List<String> path = Json.MAPPER.readValue(view.graph().getElement().getProperty("path"),
                Json.MAPPER.getTypeFactory().constructCollectionType(List.class, String.class));
        assertThat(path).hasSize(7).startsWith(nodeId("Учители")).endsWith(nodeId("Медии")).contains(nodeId("Местна власт"));
    }

    @Test
    void filtersRedrawAndTheTableListsTheSameData() {
        @SuppressWarnings("unchecked")
        ComboBox<PartnerType> type = $(ComboBox.class).all().stream()
                .filter(c -> c.getClassNames().contains("network-filter-type")).findFirst().orElseThrow();
        test(type).selectItem(view.getTranslation("partnerType.ngo"));

        JsonNode drawn = Json.MAPPER.readTree(view.graph().getElement().getProperty("graph"));
        assertThat(drawn.get("edges")).hasSize(7);
        test($(Tabs.class).first()).select(1);
        @SuppressWarnings("unchecked")
        Grid<PartnerRank> table = $(Grid.class).first();
        assertThat(test(table).size()).isEqualTo(5);
        assertThat(test(table).getRow(0).partner().name()).isEqualTo("НПО");
        test(table).clickRow(0);
        assertThat(panelTexts(H3.class)).containsExactly("НПО");
    }
}
