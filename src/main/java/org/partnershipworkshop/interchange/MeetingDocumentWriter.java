package org.partnershipworkshop.interchange;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.partnershipworkshop.canvas.CanvasJson;
import org.partnershipworkshop.canvas.CanvasSnapshot;
import org.partnershipworkshop.canvas.CanvasTemplate;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingDetails.GroupView;
import org.partnershipworkshop.meeting.MeetingFacts;
import org.partnershipworkshop.meeting.Person;
import org.partnershipworkshop.meeting.Presentation;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Writes a meeting as a {@code workshop-meeting/1} document: every member that has a value, nothing else. */
final class MeetingDocumentWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Function<String, CanvasTemplate> templates;

    MeetingDocumentWriter(Function<String, CanvasTemplate> templates) {
        this.templates = templates;
    }

    ObjectNode write(MeetingDetails meeting, Map<Long, CanvasSnapshot> canvases) {
        ObjectNode root = NODES.objectNode();
        root.put("format", MeetingDocument.FORMAT);
        ObjectNode m = root.putObject("meeting");
        MeetingFacts f = meeting.facts();
        m.put("title", f.title());
        putText(m, "kind", f.kind());
        putText(m, "description", f.description());
        m.put("language", f.language().code());
        m.put("startDate", f.startDate().toString());
        m.put("endDate", f.endDate().toString());
        putText(m, "venue", f.venue());
        putText(m, "host", f.host());
        putTexts(m, "organizers", f.organizers());
        putTexts(m, "regions", f.regions());
        if (f.participantCount() != null) {
            m.put("participantCount", f.participantCount());
        }
        if (!meeting.people().isEmpty()) {
            ArrayNode people = m.putArray("people");
            for (Person p : meeting.people()) {
                ObjectNode o = people.addObject().put("name", p.name());
                putText(o, "role", p.role());
                putText(o, "organization", p.organization());
            }
        }
        if (!meeting.sessions().isEmpty()) {
            ArrayNode sessions = m.putArray("sessions");
            meeting.sessions().forEach(s -> {
                ObjectNode session = sessions.addObject().put("title", s.title());
                ArrayNode presentations = session.putArray("presentations");
                s.presentations().forEach(view -> {
                    Presentation p = view.presentation();
                    ObjectNode o = presentations.addObject();
                    putText(o, "speaker", p.speaker());
                    putText(o, "role", p.role());
                    putText(o, "organization", p.organization());
                    o.put("title", p.title());
                    putText(o, "summary", p.summary());
                    putText(o, "startsAt", StartsAt.write(p.date(), p.time()));
                    putText(o, "place", p.place());
                    putText(o, "responsible", p.responsible());
                });
            });
        }
        if (!meeting.groups().isEmpty()) {
            ArrayNode groups = m.putArray("groups");
            for (GroupView g : meeting.groups()) {
                ObjectNode o = groups.addObject();
                o.put("number", g.data().number());
                o.put("name", g.data().name());
                putTexts(o, "members", g.data().members());
                CanvasSnapshot snapshot = canvases.get(g.id());
                o.set("canvas", snapshot == null ? NODES.objectNode()
                        : CanvasJson.write(snapshot.canvas(), templates.apply(g.data().templateId())));
                o.put("template", g.data().templateId());
            }
        }
        if (!meeting.feedback().isEmpty()) {
            ObjectNode feedback = m.putObject("feedback");
            putTexts(feedback, "willUse", meeting.feedback().willUse());
            putTexts(feedback, "comments", meeting.feedback().comments());
        }
        return root;
    }

    private static void putText(ObjectNode o, String member, String value) {
        if (value != null && !value.isEmpty()) {
            o.put(member, value);
        }
    }

    private static void putTexts(ObjectNode o, String member, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode array = o.putArray(member);
            values.forEach(array::add);
        }
    }
}
