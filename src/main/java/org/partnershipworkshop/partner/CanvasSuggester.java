package org.partnershipworkshop.partner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnershipworkshop.canvas.Canvas;
import org.partnershipworkshop.canvas.PartnerNames;
import org.partnershipworkshop.canvas.SuggestedPartner;

/**
 * Suggests partners for a canvas being edited. Evidence, one point per service: a partner supports other
 * services together with partners this canvas already has (co-partners), or supports services for a
 * similar target group (a stemmed word of the target group or group name in common). An empty canvas gets
 * the most connected partners. Partners already on the canvas are never suggested.
 */
final class CanvasSuggester {

    static final String CO_PARTNERS = "partner.suggestion.coPartners";
    static final String TARGET_GROUP = "partner.suggestion.targetGroup";
    static final String COMMON = "partner.suggestion.common";

    private CanvasSuggester() {
    }

    private static final class Evidence {
        int coPartnerServices;
        int targetGroupServices;
        final Set<String> with = new LinkedHashSet<>();

        int score() {
            return coPartnerServices + targetGroupServices;
        }
    }

    static List<SuggestedPartner> suggest(NetworkState state, long groupId, String groupName, Canvas canvas, int limit) {
        PartnerNetwork network = state.network();
        Set<PartnerNode> onCanvas = new HashSet<>();
        for (var entry : canvas.partners()) {
            state.registry().linkedPartner(PartnerNames.normalize(entry.name()))
                    .flatMap(p -> state.partnerNode(p.id())).ifPresent(onCanvas::add);
        }
        Optional<ServiceNode> own = network.service(groupId);
        Map<PartnerNode, Evidence> evidence = new HashMap<>();
        for (PartnerNode partner : onCanvas) {
            if (!network.contains(partner)) {
                continue;
            }
            for (ServiceLink link : network.links(partner)) {
                if (own.isPresent() && link.service().equals(own.get())) {
                    continue;
                }
                for (ServiceLink other : network.links(link.service())) {
                    if (!onCanvas.contains(other.partner())) {
                        Evidence e = evidence.computeIfAbsent(other.partner(), p -> new Evidence());
                        e.coPartnerServices++;
                        e.with.add(partner.name());
                    }
                }
            }
        }
        List<String> targetWords = stems(NetworkSource.targetGroup(canvas) + " " + (groupName == null ? "" : groupName));
        if (!targetWords.isEmpty()) {
            for (ServiceNode service : network.services()) {
                if (own.isPresent() && service.equals(own.get())
                        || !shareAWord(targetWords, stems(service.targetGroup() + " " + service.groupName()))) {
                    continue;
                }
                for (ServiceLink link : network.links(service)) {
                    if (!onCanvas.contains(link.partner())) {
                        evidence.computeIfAbsent(link.partner(), p -> new Evidence()).targetGroupServices++;
                    }
                }
            }
        }
        if (evidence.isEmpty() && onCanvas.isEmpty()) {
            return network.byDegree().stream().limit(limit)
                    .map(p -> new SuggestedPartner(p.name(), p.type(), COMMON, List.of(network.degree(p)))).toList();
        }
        List<Map.Entry<PartnerNode, Evidence>> ranked = new ArrayList<>(evidence.entrySet());
        ranked.sort(Comparator.<Map.Entry<PartnerNode, Evidence>>comparingInt(e -> e.getValue().score()).reversed()
                .thenComparing(Comparator.<Map.Entry<PartnerNode, Evidence>>comparingInt(e -> network.degree(e.getKey())).reversed())
                .thenComparing(e -> e.getKey().name(), String.CASE_INSENSITIVE_ORDER));
        return ranked.stream().limit(limit).map(e -> {
            PartnerNode p = e.getKey();
            Evidence ev = e.getValue();
            return ev.coPartnerServices >= ev.targetGroupServices
                    ? new SuggestedPartner(p.name(), p.type(), CO_PARTNERS,
                            List.of(String.join(", ", ev.with.stream().limit(3).toList())))
                    : new SuggestedPartner(p.name(), p.type(), TARGET_GROUP, List.of(ev.targetGroupServices));
        }).toList();
    }

    /** Stemmed words of a text, numbers left out ("1-4 клас" says little about the target group). */
    private static List<String> stems(String text) {
        return NameLikeness.words(text).stream().filter(w -> w.chars().anyMatch(Character::isLetter))
                .filter(w -> w.length() >= 3).map(NameLikeness::stem).toList();
    }

    private static boolean shareAWord(List<String> a, List<String> b) {
        return a.stream().anyMatch(x -> b.stream().anyMatch(y -> NameLikeness.sameWord(x, y)));
    }
}
