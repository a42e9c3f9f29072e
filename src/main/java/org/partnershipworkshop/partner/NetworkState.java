package org.partnershipworkshop.partner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.partnershipworkshop.canvas.PartnerEntry;
import org.partnershipworkshop.canvas.PartnerNames;
import org.partnershipworkshop.canvas.PartnerType;

/**
 * One consistent view of the registry and the network built from it, replaced as a whole when data
 * changes. Filtered networks are kept (a few) because their metrics are costly.
 */
final class NetworkState {

    /** A meeting as the network needs it: its services are its groups. */
    record MeetingPart(long meetingId, String title, LocalDate startDate, List<String> regions, List<GroupPart> groups) {

        /** Oldest first: the order of services in the graph, and whose spelling a new partner name gets. */
        static final Comparator<MeetingPart> BY_DATE =
                Comparator.comparing(MeetingPart::startDate).thenComparingLong(MeetingPart::meetingId);
    }

    record GroupPart(long groupId, int number, String name) {
    }

    /** What a group's canvas says for the network: its target group and every partner entry. */
    record CanvasPart(long groupId, String targetGroup, List<PartnerEntry> partners) {
    }

    private static final int FILTERED_KEPT = 16;

    private final Registry registry;
    private final PartnerNetwork network;
    private final Map<Long, PartnerNode> partnerNodes;
    private final List<MeetingPart> meetings;
    private final Map<NetworkFilter, PartnerNetwork> filtered = new ConcurrentHashMap<>();
    private volatile List<LikelyDuplicates.Pair> likelyDuplicates;

    private NetworkState(Registry registry, PartnerNetwork network, Map<Long, PartnerNode> partnerNodes,
                         List<MeetingPart> meetings) {
        this.registry = registry;
        this.network = network;
        this.partnerNodes = partnerNodes;
        this.meetings = meetings;
    }

    static NetworkState build(Collection<MeetingPart> meetingParts, Map<Long, CanvasPart> canvases, Registry registry) {
        List<MeetingPart> meetings = meetingParts.stream().sorted(MeetingPart.BY_DATE).toList();
        List<ServiceNode> services = new ArrayList<>();
        // partner id → group id → roles; and the types groups gave each partner
        Map<Long, Map<Long, List<String>>> roles = new LinkedHashMap<>();
        Map<Long, List<PartnerType>> typesUsed = new HashMap<>();
        for (MeetingPart meeting : meetings) {
            for (GroupPart group : meeting.groups().stream().sorted(Comparator.comparingInt(GroupPart::number)).toList()) {
                CanvasPart canvas = canvases.get(group.groupId());
                services.add(new ServiceNode(group.groupId(), meeting.meetingId(), meeting.title(), meeting.startDate(),
                        group.number(), group.name(), canvas == null ? "" : canvas.targetGroup(), meeting.regions()));
                if (canvas == null) {
                    continue;
                }
                for (PartnerEntry entry : canvas.partners()) {
                    registry.linkedPartner(PartnerNames.normalize(entry.name())).ifPresent(partner -> {
                        List<String> r = roles.computeIfAbsent(partner.id(), id -> new LinkedHashMap<>())
                                .computeIfAbsent(group.groupId(), id -> new ArrayList<>());
                        if (entry.role() != null && !r.contains(entry.role())) {
                            r.add(entry.role());
                        }
                        if (entry.type() != null) {
                            typesUsed.computeIfAbsent(partner.id(), id -> new ArrayList<>()).add(entry.type());
                        }
                    });
                }
            }
        }
        Map<Long, PartnerNode> partnerNodes = new LinkedHashMap<>();
        for (Registry.Entry entry : registry.active()) {
            PartnerType type = entry.details().type() != null ? entry.details().type()
                    : mostUsed(typesUsed.getOrDefault(entry.id(), List.of()));
            partnerNodes.put(entry.id(), new PartnerNode(entry.id(), entry.name(), type, entry.details().region()));
        }
        Map<Long, ServiceNode> serviceById = services.stream()
                .collect(Collectors.toMap(ServiceNode::groupId, Function.identity()));
        List<ServiceLink> links = new ArrayList<>();
        roles.forEach((partnerId, byGroup) -> byGroup.forEach((groupId, r) ->
                links.add(new ServiceLink(partnerNodes.get(partnerId), serviceById.get(groupId), r))));
        return new NetworkState(registry, new PartnerNetwork(services, links), Map.copyOf(partnerNodes), meetings);
    }

    /** The type groups gave most often; ties go to the type listed first in meeting-v1. */
    private static PartnerType mostUsed(List<PartnerType> types) {
        Map<PartnerType, Long> counts = types.stream().collect(Collectors.groupingBy(t -> t, Collectors.counting()));
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<PartnerType, Long>>comparingLong(Map.Entry::getValue)
                        .thenComparing(e -> -e.getKey().ordinal()))
                .map(Map.Entry::getKey).orElse(null);
    }

    Registry registry() {
        return registry;
    }

    /** Active partners whose names or aliases look alike, most alike first; computed once per state. */
    List<LikelyDuplicates.Pair> likelyDuplicates() {
        List<LikelyDuplicates.Pair> result = likelyDuplicates;
        if (result == null) {
            Map<Long, List<String>> namesByPartner = new LinkedHashMap<>();
            for (Registry.Entry e : registry.active()) {
                List<String> all = new ArrayList<>();
                all.add(e.name());
                all.addAll(registry.aliases(e.id()));
                namesByPartner.put(e.id(), all);
            }
            result = List.copyOf(LikelyDuplicates.find(namesByPartner));
            likelyDuplicates = result;
        }
        return result;
    }

    PartnerNetwork network() {
        return network;
    }

    PartnerNetwork network(NetworkFilter filter) {
        if (filter.isAll()) {
            return network;
        }
        if (filtered.size() >= FILTERED_KEPT && !filtered.containsKey(filter)) {
            filtered.clear();
        }
        return filtered.computeIfAbsent(filter, network::filter);
    }

    /** Every active registry partner, with or without services. */
    Collection<PartnerNode> partnerNodes() {
        return partnerNodes.values();
    }

    Optional<PartnerNode> partnerNode(long partnerId) {
        return Optional.ofNullable(partnerNodes.get(partnerId));
    }

    List<MeetingPart> meetings() {
        return meetings;
    }

    /** The regions of all meetings, each once, in the order first met. */
    List<String> regions() {
        return distinct(meetings.stream().flatMap(m -> m.regions().stream()));
    }

    /** The regions of the meetings a partner appears in. */
    List<String> regionsOf(PartnerNode partner) {
        if (!network.contains(partner)) {
            return List.of();
        }
        return distinct(network.links(partner).stream().flatMap(l -> l.service().regions().stream()));
    }

    /** Each region once (compared like partner names), as first written. */
    private static List<String> distinct(Stream<String> regions) {
        Map<String, String> byKey = new LinkedHashMap<>();
        regions.forEach(r -> byKey.putIfAbsent(PartnerNames.normalize(r), r));
        return List.copyOf(byKey.values());
    }
}
