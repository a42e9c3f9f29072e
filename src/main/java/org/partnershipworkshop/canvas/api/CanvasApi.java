package org.partnershipworkshop.canvas.api;

import org.partnershipworkshop.base.api.IfMatch;
import java.util.List;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.partnershipworkshop.canvas.Canvas;
import org.partnershipworkshop.canvas.CanvasJson;
import org.partnershipworkshop.canvas.CanvasService;
import org.partnershipworkshop.canvas.CanvasSnapshot;
import org.partnershipworkshop.canvas.CanvasTemplate;
import org.partnershipworkshop.canvas.TemplateField;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Templates and canvases over HTTP; the same service and rules as the canvas editor. */
@RestController
class CanvasApi {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final CanvasService canvases;

    CanvasApi(CanvasService canvases) {
        this.canvases = canvases;
    }

    @GetMapping("/api/templates")
    ArrayNode templates() {
        ArrayNode all = NODES.arrayNode();
        for (CanvasTemplate t : canvases.templates()) {
            ObjectNode o = all.addObject().put("id", t.id()).put("version", t.version());
            ArrayNode languages = o.putArray("languages");
            for (Language l : Language.values()) {
                languages.add(l.code());
            }
            ObjectNode names = o.putObject("names");
            t.names().forEach((l, n) -> names.put(l.code(), n));
            ArrayNode fields = o.putArray("fields");
            for (TemplateField f : t.fields()) {
                ObjectNode field = fields.addObject().put("id", f.id()).put("kind", f.kind().id());
                ObjectNode labels = field.putObject("labels");
                ObjectNode questions = field.putObject("questions");
                for (Language l : Language.values()) {
                    labels.put(l.code(), f.label(l));
                    questions.put(l.code(), f.question(l));
                }
            }
        }
        return all;
    }

    @GetMapping("/api/groups/{groupId}/canvas")
    ResponseEntity<ObjectNode> canvas(@PathVariable long groupId) {
        CanvasSnapshot snapshot = canvases.current(groupId);
        return ResponseEntity.ok().eTag("\"" + snapshot.revision() + "\"").body(body(snapshot));
    }

    @PutMapping("/api/groups/{groupId}/canvas")
    ResponseEntity<ObjectNode> save(@PathVariable long groupId,
                                    @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                    @RequestBody JsonNode body) {
        long expected = IfMatch.revision(ifMatch, "the revision the change is based on");
        CanvasTemplate template = canvases.findTemplate(canvases.current(groupId).templateId()).orElseThrow();
        if (!body.isObject()) {
            throw new ValidationFailedException(Violation.of("", "error.notObject"));
        }
        JsonNode fields = body.get("fields");
        Canvas canvas = CanvasJson.readOrThrow(fields == null || fields.isNull() ? NODES.objectNode() : fields, template, "fields");
        CanvasSnapshot saved = canvases.replace(groupId, expected, canvas);
        return ResponseEntity.ok().eTag("\"" + saved.revision() + "\"").body(body(saved));
    }

    @GetMapping("/api/groups/{groupId}/canvas/revisions")
    ArrayNode revisions(@PathVariable long groupId) {
        List<CanvasSnapshot> history = canvases.history(groupId);
        ArrayNode all = NODES.arrayNode();
        for (CanvasSnapshot s : history) {
            ObjectNode o = all.addObject().put("revision", s.revision()).put("savedAt", s.savedAt().toString())
                    .put("savedBy", s.savedBy());
            o.set("fields", CanvasJson.write(s.canvas(), canvases.findTemplate(s.templateId()).orElseThrow()));
        }
        return all;
    }

    private ObjectNode body(CanvasSnapshot snapshot) {
        ObjectNode o = NODES.objectNode().put("revision", snapshot.revision()).put("template", snapshot.templateId());
        o.set("fields", CanvasJson.write(snapshot.canvas(), canvases.findTemplate(snapshot.templateId()).orElseThrow()));
        o.put("savedAt", snapshot.savedAt().toString()).put("savedBy", snapshot.savedBy());
        return o;
    }

}
