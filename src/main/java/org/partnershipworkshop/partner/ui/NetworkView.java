package org.partnershipworkshop.partner.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.tabs.TabsVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jgrapht.alg.drawing.model.Point2D;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.ui.Problems;
import org.partnershipworkshop.canvas.PartnerType;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.meeting.MeetingSummary;
import org.partnershipworkshop.partner.NetworkFilter;
import org.partnershipworkshop.partner.NetworkNode;
import org.partnershipworkshop.partner.PartnerNetwork;
import org.partnershipworkshop.partner.PartnerNode;
import org.partnershipworkshop.partner.PartnerRank;
import org.partnershipworkshop.partner.PartnerService;
import org.partnershipworkshop.partner.RankingOrder;
import org.partnershipworkshop.partner.ServiceNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The library manager's view of the partner–service network across meetings: who the partners are, which
 * services they support, who works with whom, who is central. A drawing (or a table, for those who prefer
 * a list) of the part of the network the filters select; a click on a node opens its details at the side.
 * At most {@value #MAX_DRAWN} nodes are drawn, so the drawing stays interactive; beyond, the view draws the
 * neighbourhood of the chosen partner (or the most connected partners) and says so.
 */
@Route("network")
@Menu(order = 30, title = "network.menu", icon = "CONNECT")
@RolesAllowed("MANAGER")
@StyleSheet("partner.css")
public class NetworkView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int MAX_DRAWN = 2000;
    /** Up to this many nodes the browser lays the drawing out (fCoSE); beyond, the server does. */
    static final int BROWSER_LAYOUT_MAX = 500;
    /** Networks smaller than this compute their metrics in a blink, when asked. */
    static final int WARM_UP_FROM = 300;
    private static final Logger log = LoggerFactory.getLogger(NetworkView.class);

    private final PartnerService partners;
    private final List<MeetingSummary> meetingList;
    private final Map<Long, String> meetingTitles = new HashMap<>();
    private final Map<Long, String> meetingColours = new HashMap<>();

    private final ComboBox<MeetingSummary> meeting = new ComboBox<>();
    private final ComboBox<String> region = new ComboBox<>();
    private final ComboBox<PartnerType> partnerType = new ComboBox<>();
    private final TextField targetGroup = new TextField();
    private final ComboBox<PartnerNode> search = new ComboBox<>();
    private final Span stats = new Span();
    private final Paragraph notice = new Paragraph();
    private final NetworkGraph graph = new NetworkGraph();
    private final Grid<PartnerRank> table = new Grid<>();
    private final NetworkPanel panel;
    private final Div graphArea = new Div();
    private final Tab graphTab = new Tab(VaadinIcon.CLUSTER.create(), new Span());
    private final Tab tableTab = new Tab(VaadinIcon.TABLE.create(), new Span());

    private PartnerNetwork network = PartnerNetwork.EMPTY;
    private boolean tableFilled;
    private PartnerNetwork drawn = PartnerNetwork.EMPTY;
    private NetworkNode chosen;

    public NetworkView(PartnerService partners, MeetingService meetings) {
        this.partners = partners;
        addClassName("network-view");
        meetingList = meetings.list();
        List<MeetingSummary> oldestFirst = meetingList.stream()
                .sorted(Comparator.comparing(MeetingSummary::startDate).thenComparingLong(MeetingSummary::id)).toList();
        for (int i = 0; i < oldestFirst.size(); i++) {
            meetingTitles.put(oldestFirst.get(i).id(), oldestFirst.get(i).title());
            meetingColours.put(oldestFirst.get(i).id(), NetworkColors.meeting(i));
        }
        panel = new NetworkPanel(this::choose, ids -> graph.showPath(ids));
        add(header(), filters(), notice, body());
        notice.addClassName("network-notice");
        notice.setVisible(false);
        graph.addNodeSelectListener(e -> choose(e.nodeId()));
    }

    private Component header() {
        H2 title = new H2(getTranslation("network.title"));
        stats.addClassName("network-stats");
        stats.getElement().setAttribute("aria-live", "polite");
        ((Span) graphTab.getComponentAt(1)).setText(getTranslation("network.tab.graph"));
        ((Span) tableTab.getComponentAt(1)).setText(getTranslation("network.tab.table"));
        Tabs view = new Tabs(graphTab, tableTab);
        view.addThemeVariants(TabsVariant.LUMO_SMALL);
        view.addClassName("network-view-switch");
        view.addSelectedChangeListener(e -> showTable(e.getSelectedTab() == tableTab));
        Div header = new Div(title, stats, view, new NetworkExportMenu(partners, this::filter));
        header.addClassName("network-header");
        return header;
    }

    private Component filters() {
        meeting.setPlaceholder(getTranslation("network.filter.allMeetings"));
        meeting.setAriaLabel(getTranslation("network.filter.meeting"));
        meeting.setItems(meetingList);
        meeting.setItemLabelGenerator(m -> m.title() + " (" + m.startDate().getYear() + ")");
        meeting.setClearButtonVisible(true);
        meeting.addClassName("network-filter-meeting");

        region.setPlaceholder(getTranslation("network.filter.allRegions"));
        region.setAriaLabel(getTranslation("network.filter.region"));
        region.setItems(partners.regions());
        region.setClearButtonVisible(true);

        partnerType.setPlaceholder(getTranslation("network.filter.allTypes"));
        partnerType.setAriaLabel(getTranslation("network.filter.type"));
        partnerType.setItems(PartnerType.values());
        partnerType.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        partnerType.setClearButtonVisible(true);
        partnerType.addClassName("network-filter-type");

        targetGroup.setPlaceholder(getTranslation("network.filter.targetGroup"));
        targetGroup.setAriaLabel(getTranslation("network.filter.targetGroup"));
        targetGroup.setClearButtonVisible(true);
        targetGroup.setValueChangeMode(ValueChangeMode.LAZY);
        targetGroup.setPrefixComponent(VaadinIcon.USERS.create());

        search.setPlaceholder(getTranslation("network.search"));
        search.setAriaLabel(getTranslation("network.search"));
        search.setItemLabelGenerator(PartnerNode::name);
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.addClassName("network-search");
        search.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                choose(e.getValue().id());
            }
        });

        meeting.addValueChangeListener(e -> refresh());
        region.addValueChangeListener(e -> refresh());
        partnerType.addValueChangeListener(e -> refresh());
        targetGroup.addValueChangeListener(e -> refresh());

        Div bar = new Div(meeting, region, partnerType, targetGroup, search);
        bar.addClassName("network-filters");
        return bar;
    }

    private Component body() {
        graphArea.addClassName("network-graph-area");
        graph.setSizeFull();
        graphArea.add(graph);
        table.addClassName("network-table");
        table.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.WRAP_CELL_CONTENT);
        table.setAriaLabel(getTranslation("network.tab.table"));
        table.addColumn(r -> r.partner().name()).setHeader(getTranslation("partner.name")).setFlexGrow(5)
                .setSortable(true).setComparator(Comparator.comparing(r -> r.partner().name(), String.CASE_INSENSITIVE_ORDER));
        table.addColumn(r -> Labels.type(this, r.partner().type())).setHeader(getTranslation("partner.type"))
                .setFlexGrow(2).setSortable(true);
        table.addColumn(PartnerRank::degree).setHeader(getTranslation("network.metric.services")).setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END).setSortable(true).setComparator(Comparator.comparingInt(PartnerRank::degree));
        table.addColumn(r -> Labels.share(r.betweenness(), getLocale())).setHeader(getTranslation("network.metric.betweenness"))
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END).setSortable(true)
                .setComparator(Comparator.comparingDouble(PartnerRank::betweenness));
        table.addColumn(PartnerRank::meetings).setHeader(getTranslation("network.metric.meetings")).setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END).setSortable(true).setComparator(Comparator.comparingInt(PartnerRank::meetings));
        table.addColumn(PartnerRank::community).setHeader(getTranslation("network.metric.community")).setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END).setSortable(true).setComparator(Comparator.comparingInt(PartnerRank::community));
        table.addItemClickListener(e -> choose(e.getItem().partner().id()));
        table.setVisible(false);
        table.setHeightFull();
        Div main = new Div(graphArea, table);
        main.addClassName("network-main");
        Div body = new Div(main, panel);
        body.addClassName("network-body");
        return body;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        number(query, "meeting").flatMap(id -> meetingList.stream().filter(m -> m.id() == id).findFirst())
                .ifPresent(meeting::setValue);
        refresh();
        number(query, "partner").flatMap(network::partner).ifPresent(p -> choose(p.id()));
    }

    private static Optional<Long> number(QueryParameters query, String name) {
        try {
            return query.getSingleParameter(name).map(Long::parseLong);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    NetworkFilter filter() {
        return new NetworkFilter(meeting.getValue() == null ? null : meeting.getValue().id(), region.getValue(),
                partnerType.getValue(), targetGroup.getValue());
    }

    /** Reads the filtered network and draws it; the chosen node stays chosen when it is still there. */
    void refresh() {
        try {
            network = partners.network(filter());
        } catch (ValidationFailedException e) {
            Problems.show(this, e);
            return;
        }
        stats.setText(getTranslation("network.stats", network.partners().size(), network.services().size(),
                network.linkCount()));
        search.setItems(network.partners().stream()
                .sorted(Comparator.comparing(PartnerNode::name, String.CASE_INSENSITIVE_ORDER)).toList());
        tableFilled = false;
        if (table.isVisible()) {
            fillTable();
        }
        warmUp(network);
        NetworkNode keep = chosen != null && network.contains(chosen) ? chosen : null;
        chosen = null;
        draw(keep);
        if (keep != null) {
            choose(keep.id());
        } else {
            panel.showLegend(network, meetingTitles, meetingColours);
        }
    }

    /** Draws the network, or around {@code centre} when it is too large to draw whole. */
    private void draw(NetworkNode centre) {
        PartnerNetwork next;
        if (network.nodeCount() <= MAX_DRAWN) {
            next = network;
            notice.setVisible(false);
        } else {
            next = centre != null ? network.neighbourhood(centre, MAX_DRAWN) : network.core(MAX_DRAWN);
            notice.setText(getTranslation(centre != null ? "network.tooLarge.around" : "network.tooLarge.core",
                    network.nodeCount(), next.nodeCount(), centre == null ? "" : centre.label()));
            notice.setVisible(true);
        }
        if (next != drawn) {
            drawn = next;
            graph.show(drawingOf(drawn), getTranslation("network.drawing", drawn.partners().size(),
                    drawn.services().size()));
        }
    }

    /** Chooses a node (null: none): highlights it, shows its details, and redraws around it if it is not drawn. */
    void choose(String nodeId) {
        Optional<NetworkNode> node = nodeId == null ? Optional.empty() : network.node(nodeId);
        chosen = node.orElse(null);
        if (chosen == null) {
            graph.select(null);
            search.clear();
            panel.showLegend(network, meetingTitles, meetingColours);
            return;
        }
        if (!drawn.contains(chosen)) {
            draw(chosen);
        }
        graph.select(chosen.id());
        switch (chosen) {
            case PartnerNode p -> {
                panel.showPartner(network, p, meetingTitles);
                search.setValue(p);
            }
            case ServiceNode s -> {
                panel.showService(network, s, meetingTitles);
                search.clear();
            }
        }
    }

    private void showTable(boolean asTable) {
        if (asTable && !tableFilled) {
            fillTable();
        }
        table.setVisible(asTable);
        graphArea.setVisible(!asTable);
    }

    /** The table needs every partner's betweenness and community: it is filled when first shown. */
    private void fillTable() {
        table.setItems(partners.ranking(filter(), RankingOrder.DEGREE, Integer.MAX_VALUE));
        tableFilled = true;
    }

    /**
     * Betweenness and communities take a moment on a national network (see docs/PERFORMANCE.md); they are
     * computed while the user looks at the drawing, so the panel and the table answer at once. The network
     * is immutable and keeps what it computed.
     */
    private static void warmUp(PartnerNetwork network) {
        if (network.nodeCount() > WARM_UP_FROM) {
            CompletableFuture.runAsync(() -> network.partners().stream().findFirst().ifPresent(p -> {
                network.betweenness();
                network.community(p);
            })).exceptionally(e -> {
                log.warn("Computing network metrics in advance failed", e);
                return null;
            });
        }
    }

    /**
     * The drawing's data: colour by partner type or meeting; area by degree, relative to the most connected
     * node of its kind, so a national network does not draw its hubs as big as the screen.
     */
    private String drawingOf(PartnerNetwork net) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode nodes = root.putArray("nodes");
        int maxPartner = Math.max(1, net.partners().stream().mapToInt(network::degree).max().orElse(1));
        int maxService = Math.max(1, net.services().stream().mapToInt(network::degree).max().orElse(1));
        Map<NetworkNode, Point2D> positions = net.nodeCount() > BROWSER_LAYOUT_MAX ? net.layout() : Map.of();
        root.put("layout", positions.isEmpty() ? "fcose" : "preset");
        for (NetworkNode n : net.graph().vertexSet()) {
            int degree = network.degree(n);
            ObjectNode o = nodes.addObject().put("id", n.id()).put("label", n instanceof ServiceNode s
                    ? getTranslation("network.service.short", s.groupNumber(), s.groupName()) : n.label()).put("kind", n.kind());
            if (n instanceof PartnerNode p) {
                o.put("color", NetworkColors.partner(p.type()))
                        .put("size", Math.round(14 + 30 * Math.sqrt((double) degree / maxPartner)));
            } else if (n instanceof ServiceNode s) {
                o.put("color", meetingColours.getOrDefault(s.meetingId(), "#ccc"))
                        .put("size", Math.round(12 + 8 * Math.sqrt((double) degree / maxService)));
            }
            Point2D at = positions.get(n);
            if (at != null) {
                o.put("x", Math.round(at.getX())).put("y", Math.round(at.getY()));
            }
        }
        ArrayNode edges = root.putArray("edges");
        net.graph().edgeSet().forEach(l -> edges.addObject().put("id", l.partner().id() + "|" + l.service().id())
                .put("source", l.partner().id()).put("target", l.service().id()));
        return root.toString();
    }

    NetworkPanel panel() {
        return panel;
    }

    NetworkGraph graph() {
        return graph;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("network.title") + " · " + getTranslation("app.name");
    }
}
