package org.partnershipworkshop.interchange.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import org.partnershipworkshop.base.api.BodyLimits;
import org.partnershipworkshop.interchange.InterchangeService;
import org.partnershipworkshop.meeting.MeetingDetails.GroupView;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.meeting.MeetingSummary;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Meetings over HTTP: list, import (a workshop-meeting/1 document), export, groups. */
@RestController
class MeetingsApi {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final MeetingService meetings;
    private final InterchangeService interchange;

    MeetingsApi(MeetingService meetings, InterchangeService interchange) {
        this.meetings = meetings;
        this.interchange = interchange;
    }

    @GetMapping("/api/meetings")
    ArrayNode list() {
        ArrayNode all = NODES.arrayNode();
        for (MeetingSummary m : meetings.list()) {
            ObjectNode o = all.addObject().put("id", m.id()).put("title", m.title())
                    .put("startDate", m.startDate().toString()).put("endDate", m.endDate().toString());
            if (m.venue() != null) {
                o.put("venue", m.venue());
            }
            o.put("groupCount", m.groupCount());
        }
        return all;
    }

    @PostMapping("/api/meetings")
    ResponseEntity<Map<String, Long>> importMeeting(InputStream body) throws IOException {
        byte[] document = BodyLimits.document(body);
        long id = interchange.importMeeting(document);
        return ResponseEntity.created(URI.create("/api/meetings/" + id)).body(Map.of("id", id));
    }

    @GetMapping(value = "/api/meetings/{meetingId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode export(@PathVariable long meetingId) {
        return interchange.export(meetingId);
    }

    @GetMapping("/api/meetings/{meetingId}/groups")
    ArrayNode groups(@PathVariable long meetingId) {
        ArrayNode all = NODES.arrayNode();
        for (GroupView g : meetings.groups(meetingId)) {
            all.addObject().put("id", g.id()).put("number", g.number()).put("name", g.name())
                    .put("template", g.data().templateId());
        }
        return all;
    }
}
