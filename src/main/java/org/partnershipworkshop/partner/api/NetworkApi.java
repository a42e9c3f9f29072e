package org.partnershipworkshop.partner.api;

import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.partnershipworkshop.canvas.PartnerType;
import org.partnershipworkshop.partner.NetworkFilter;
import org.partnershipworkshop.partner.NetworkFormat;
import org.partnershipworkshop.partner.PartnerRank;
import org.partnershipworkshop.partner.PartnerService;
import org.partnershipworkshop.partner.RankingOrder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The partner–service network over HTTP (MANAGER and above, checked by the service): the whole network in
 * JSON, GraphML, GEXF, DOT or CSV, and partners ranked by degree or betweenness, each with the filters
 * {@code meeting}, {@code region} and {@code partnerType}.
 */
@RestController
class NetworkApi {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 10_000;

    private final PartnerService partners;

    NetworkApi(PartnerService partners) {
        this.partners = partners;
    }

    @GetMapping("/api/network")
    ResponseEntity<byte[]> network(@RequestParam(defaultValue = "json") String format,
                                   @RequestParam(required = false) String meeting,
                                   @RequestParam(required = false) String region,
                                   @RequestParam(required = false) String partnerType) {
        NetworkFormat chosen = NetworkFormat.fromId(format).orElseThrow(() -> new ValidationFailedException(
                Violation.of("format", "network.error.format", format, NetworkFormat.allowedIds())));
        byte[] body = partners.export(filter(meeting, region, partnerType), chosen);
        return file(body, chosen.contentType(), "network." + chosen.extension(), chosen != NetworkFormat.JSON);
    }

    @GetMapping("/api/network/partners")
    ResponseEntity<?> ranking(@RequestParam(defaultValue = "degree") String sort,
                              @RequestParam(defaultValue = "" + DEFAULT_LIMIT) String limit,
                              @RequestParam(defaultValue = "json") String format,
                              @RequestParam(required = false) String meeting,
                              @RequestParam(required = false) String region,
                              @RequestParam(required = false) String partnerType) {
        RankingOrder order = RankingOrder.fromId(sort).orElseThrow(() -> new ValidationFailedException(
                Violation.of("sort", "network.error.sort", sort, "degree, betweenness")));
        long count = number("limit", limit);
        if (count < 1 || count > MAX_LIMIT) {
            throw new ValidationFailedException(Violation.of("limit", "network.error.limit", 1, MAX_LIMIT, count));
        }
        NetworkFilter filter = filter(meeting, region, partnerType);
        if ("csv".equalsIgnoreCase(format)) {
            return file(partners.rankingCsv(filter, order, (int) count), NetworkFormat.CSV.contentType(),
                    "partner-ranking.csv", true);
        }
        if (!"json".equalsIgnoreCase(format)) {
            throw new ValidationFailedException(Violation.of("format", "network.error.format", format, "json, csv"));
        }
        ArrayNode all = JsonNodeFactory.instance.arrayNode();
        for (PartnerRank r : partners.ranking(filter, order, (int) count)) {
            var o = all.addObject().put("id", r.partner().partnerId()).put("name", r.partner().name());
            if (r.partner().type() != null) {
                o.put("type", r.partner().type().id());
            } else {
                o.putNull("type");
            }
            o.put("degree", r.degree()).put("betweenness", r.betweenness()).put("services", r.services())
                    .put("meetings", r.meetings()).put("community", r.community());
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(all);
    }

    private static NetworkFilter filter(String meeting, String region, String partnerType) {
        PartnerType type = null;
        if (partnerType != null && !partnerType.isBlank()) {
            type = PartnerType.fromId(partnerType.strip()).orElseThrow(() -> new ValidationFailedException(
                    Violation.of("partnerType", "error.partnerTypeUnknown", partnerType, PartnerType.allowedIds())));
        }
        Long meetingId = meeting == null || meeting.isBlank() ? null : number("meeting", meeting);
        return new NetworkFilter(meetingId, region, type, null);
    }

    private static long number(String parameter, String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new ValidationFailedException(Violation.of(parameter, "network.error.notNumber", value));
        }
    }

    private static ResponseEntity<byte[]> file(byte[] body, String contentType, String name, boolean attachment) {
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().contentType(MediaType.parseMediaType(contentType + ";charset=UTF-8"));
        if (attachment) {
            ok.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString());
        }
        return ok.body(body);
    }
}
