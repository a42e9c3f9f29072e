package org.partnershipworkshop.partner.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.partnershipworkshop.canvas.PartnerType;
import org.partnershipworkshop.partner.CoPartner;
import org.partnershipworkshop.partner.NetworkNode;
import org.partnershipworkshop.partner.PartnerMetrics;
import org.partnershipworkshop.partner.PartnerNetwork;
import org.partnershipworkshop.partner.PartnerNode;
import org.partnershipworkshop.partner.ServiceLink;
import org.partnershipworkshop.partner.ServiceNode;

/**
 * The side panel of the network view: a legend while nothing is chosen; for a partner its metrics,
 * services, meetings, co-partners and a shortest path to another partner; for a service its meeting,
 * target group and partners. Choosing a name in the panel chooses that node.
 */
class NetworkPanel extends Div {

    private static final int CO_PARTNERS_SHOWN = 12;

    private final Consumer<String> choose;
    private final Consumer<List<String>> showPath;

    NetworkPanel(Consumer<String> choose, Consumer<List<String>> showPath) {
        this.choose = choose;
        this.showPath = showPath;
        addClassName("network-panel");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-live", "polite");
        getElement().setAttribute("aria-label", getTranslation("network.panel"));
    }

    /** The legend: the partner types and meetings drawn, in their colours. */
    void showLegend(PartnerNetwork network, Map<Long, String> meetingTitles, Map<Long, String> meetingColours) {
        removeAll();
        add(new Paragraph(getTranslation("network.panel.hint")));
        List<PartnerType> types = network.partners().stream().map(PartnerNode::type).distinct()
                .sorted(Comparator.nullsLast(Comparator.naturalOrder())).toList();
        if (!types.isEmpty()) {
            add(new H4(getTranslation("network.legend.partners")));
            UnorderedList list = legendList();
            types.forEach(t -> list.add(legendItem(NetworkColors.partner(t), Labels.type(this, t), "partner")));
            add(list);
        }
        List<Long> meetingsDrawn = network.services().stream().map(ServiceNode::meetingId).distinct().toList();
        if (!meetingsDrawn.isEmpty()) {
            add(new H4(getTranslation("network.legend.services")));
            UnorderedList list = legendList();
            meetingsDrawn.forEach(id -> list.add(legendItem(meetingColours.getOrDefault(id, "#ccc"),
                    meetingTitles.getOrDefault(id, "#" + id), "service")));
            add(list);
        }
        add(new Paragraph(getTranslation("network.legend.size")));
    }

    void showPartner(PartnerNetwork network, PartnerNode partner, Map<Long, String> meetingTitles) {
        removeAll();
        PartnerMetrics m = network.metrics(partner);
        H3 title = new H3(partner.name());
        title.addClassName("network-panel-title");
        Span type = new Span(Labels.type(this, partner.type()));
        type.getStyle().set("--badge-colour", NetworkColors.partner(partner.type()));
        type.addClassName("type-badge");
        add(title, type);
        if (partner.region() != null) {
            add(new Paragraph(getTranslation("partner.region") + ": " + partner.region()));
        }
        Div metrics = new Div(metric("network.metric.services", String.valueOf(m.degree())),
                metric("network.metric.meetings", String.valueOf(m.meetings())),
                metric("network.metric.betweenness", Labels.share(m.betweenness(), getLocale())),
                metric("network.metric.rank", getTranslation("network.metric.rankOf", m.betweennessRank(),
                        network.partners().size())),
                metric("network.metric.community", String.valueOf(m.community())));
        metrics.addClassName("network-metrics");
        add(metrics);

        Map<String, Long> byMeeting = network.links(partner).stream().collect(Collectors.groupingBy(
                l -> meetingTitles.getOrDefault(l.service().meetingId(), l.service().meetingTitle()),
                LinkedHashMap::new, Collectors.counting()));
        add(new H4(getTranslation("network.panel.services", m.degree())));
        UnorderedList services = new UnorderedList();
        services.addClassName("network-panel-list");
        for (ServiceLink link : network.links(partner)) {
            ServiceNode s = link.service();
            ListItem item = new ListItem(nodeButton(s.id(), getTranslation("network.service.label", s.groupNumber(), s.groupName())));
            // The meeting is named under each service only when the services come from several meetings.
            String meeting = byMeeting.size() > 1 ? meetingTitles.getOrDefault(s.meetingId(), s.meetingTitle()) : null;
            String details = Labels.serviceDetails(meeting, link);
            if (!details.isEmpty()) {
                Span secondary = new Span(details);
                secondary.addClassName("network-panel-secondary");
                item.add(secondary);
            }
            services.add(item);
        }
        add(services);

        add(new H4(getTranslation("network.panel.meetings", byMeeting.size())));
        UnorderedList meetings = new UnorderedList();
        meetings.addClassName("network-panel-list");
        byMeeting.forEach((meeting, count) -> meetings.add(new ListItem(
                getTranslation("network.panel.meetingServices", meeting, count))));
        add(meetings);

        add(new H4(getTranslation("network.panel.coPartners", m.coPartners().size())));
        if (m.coPartners().isEmpty()) {
            add(new Paragraph(getTranslation("network.panel.noCoPartners")));
        } else {
            UnorderedList co = new UnorderedList();
            co.addClassName("network-panel-list");
            for (CoPartner c : m.coPartners().stream().limit(CO_PARTNERS_SHOWN).toList()) {
                ListItem item = new ListItem(nodeButton(c.partner().id(), c.partner().name()));
                Span shared = new Span(getTranslation("network.panel.shared", c.sharedServices()));
                shared.addClassName("network-panel-secondary");
                item.add(shared);
                co.add(item);
            }
            if (m.coPartners().size() > CO_PARTNERS_SHOWN) {
                co.add(new ListItem(getTranslation("network.panel.more", m.coPartners().size() - CO_PARTNERS_SHOWN)));
            }
            add(co);
        }
        add(pathFinder(network, partner));
        Anchor registry = new Anchor("partners?partner=" + partner.partnerId(), getTranslation("network.panel.openRegistry"));
        registry.addClassName("network-panel-link");
        add(registry);
    }

    void showService(PartnerNetwork network, ServiceNode service, Map<Long, String> meetingTitles) {
        removeAll();
        H3 title = new H3(getTranslation("network.service.label", service.groupNumber(), service.groupName()));
        title.addClassName("network-panel-title");
        add(title, new Paragraph(meetingTitles.getOrDefault(service.meetingId(), service.meetingTitle())));
        if (!service.targetGroup().isEmpty()) {
            add(new H4(getTranslation("network.panel.targetGroup")), new Paragraph(service.targetGroup()));
        }
        if (!service.regions().isEmpty()) {
            add(new Paragraph(getTranslation("network.filter.region") + ": " + String.join(", ", service.regions())));
        }
        add(new H4(getTranslation("network.panel.partners", network.degree(service))));
        UnorderedList list = new UnorderedList();
        list.addClassName("network-panel-list");
        for (ServiceLink link : network.links(service)) {
            ListItem item = new ListItem(nodeButton(link.partner().id(), link.partner().name()));
            if (!link.roles().isEmpty()) {
                Span role = new Span(link.role());
                role.addClassName("network-panel-secondary");
                item.add(role);
            }
            list.add(item);
        }
        add(list);
        Anchor canvas = new Anchor("groups/" + service.groupId(), getTranslation("network.panel.openCanvas"));
        canvas.addClassName("network-panel-link");
        add(canvas);
    }

    private Component pathFinder(PartnerNetwork network, PartnerNode from) {
        Div box = new Div();
        box.addClassName("network-path");
        ComboBox<PartnerNode> to = new ComboBox<>(getTranslation("network.path.to"));
        to.setItems(network.partners().stream().filter(p -> !p.equals(from))
                .sorted(Comparator.comparing(PartnerNode::name, String.CASE_INSENSITIVE_ORDER)).toList());
        to.setItemLabelGenerator(PartnerNode::name);
        to.setClearButtonVisible(true);
        to.setWidthFull();
        Div result = new Div();
        result.addClassName("network-path-result");
        to.addValueChangeListener(e -> {
            result.removeAll();
            if (e.getValue() == null) {
                showPath.accept(List.of());
                return;
            }
            List<NetworkNode> path = network.shortestPath(from, e.getValue());
            if (path.isEmpty()) {
                result.add(new Paragraph(getTranslation("network.path.none")));
            } else {
                result.add(new Paragraph(getTranslation("network.path.steps", (path.size() - 1) / 2)));
                UnorderedList steps = new UnorderedList();
                steps.addClassName("network-path-steps");
                path.forEach(n -> steps.add(new ListItem(n instanceof ServiceNode s
                        ? getTranslation("network.service.label", s.groupNumber(), s.groupName()) : n.label())));
                result.add(steps);
            }
            showPath.accept(path.stream().map(NetworkNode::id).toList());
        });
        box.add(new H4(getTranslation("network.path.title")), to, result);
        return box;
    }

    private NativeButton nodeButton(String nodeId, String text) {
        NativeButton b = new NativeButton(text, e -> choose.accept(nodeId));
        b.addClassName("link-button");
        return b;
    }

    private Div metric(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("network-metric-label");
        Span number = new Span(value);
        number.addClassName("network-metric-value");
        Div metric = new Div(number, label);
        metric.addClassName("network-metric");
        return metric;
    }

    private UnorderedList legendList() {
        UnorderedList list = new UnorderedList();
        list.addClassName("network-legend");
        return list;
    }

    private ListItem legendItem(String colour, String text, String kind) {
        Span swatch = new Span();
        swatch.addClassName("network-swatch");
        swatch.addClassName("network-swatch-" + kind);
        swatch.getStyle().set("background", colour);
        ListItem item = new ListItem(swatch, new Span(text));
        item.getElement().setAttribute("title", text);
        return item;
    }

}
