package org.partnershipworkshop.catalogue.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import org.partnershipworkshop.base.api.BodyLimits;
import org.partnershipworkshop.catalogue.CatalogueFilter;
import org.partnershipworkshop.catalogue.CatalogueService;
import org.partnershipworkshop.catalogue.PracticeFile;
import org.partnershipworkshop.catalogue.PracticeSummary;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The practice catalogue over HTTP: search ({@code GET /api/practices}), a practice as
 * {@code workshop-practice/1} or as PDF (MANAGER and above), import of a document (FACILITATOR and above).
 */
@RestController
class PracticesApi {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final CatalogueService catalogue;

    PracticesApi(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/api/practices")
    ArrayNode search(@RequestParam(required = false) String text, @RequestParam(required = false) String region,
                     @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
                     @RequestParam(required = false) String targetGroup, @RequestParam(required = false) String partner,
                     @RequestParam(required = false) Long meeting) {
        ArrayNode all = NODES.arrayNode();
        for (PracticeSummary p : catalogue.search(new CatalogueFilter(text, region, from, to, targetGroup, partner, meeting))) {
            ObjectNode o = all.addObject().put("id", p.id()).put("language", p.language().code());
            put(o, "title", p.title());
            put(o, "region", p.region());
            if (p.fromYear() != null) {
                o.put("fromYear", p.fromYear());
            }
            if (p.toYear() != null) {
                o.put("toYear", p.toYear());
            }
            put(o, "targetGroup", p.targetGroup());
            if (p.meetingId() != null) {
                o.put("meetingId", p.meetingId());
            }
            if (p.presentationId() != null) {
                o.put("presentationId", p.presentationId());
            }
            ArrayNode participants = o.putArray("participants");
            p.participants().forEach(participants::add);
            o.put("projectCard", p.hasProjectCard()).put("updatedAt", p.updatedAt().toString());
        }
        return all;
    }

    @PostMapping("/api/practices")
    ResponseEntity<Map<String, Long>> importPractice(InputStream body) throws IOException {
        byte[] document = BodyLimits.document(body);
        long id = catalogue.importDocument(document);
        return ResponseEntity.created(URI.create("/api/practices/" + id)).body(Map.of("id", id));
    }

    @GetMapping("/api/practices/{practiceId}")
    ResponseEntity<byte[]> export(@PathVariable long practiceId) {
        return file(catalogue.exportJson(practiceId), false);
    }

    @GetMapping("/api/practices/{practiceId}/passport.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long practiceId) {
        return file(catalogue.exportPdf(practiceId), true);
    }

    private static ResponseEntity<byte[]> file(PracticeFile file, boolean inline) {
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.fileName()).build();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString()).body(file.content());
    }

    private static void put(ObjectNode o, String member, String value) {
        if (value != null) {
            o.put(member, value);
        }
    }
}
