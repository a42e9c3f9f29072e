package org.partnershipworkshop.dialogue;

import org.partnershipworkshop.survey.FormCode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnershipworkshop.base.Access;
import org.partnershipworkshop.base.Json;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.partnershipworkshop.interchange.BackupPart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The feedback forms in a backup ({@code feedback-forms.json}): each form with its meeting (by the id the
 * backup's meeting file carries), code, whether it is open, its checklist, and every answer — the device's
 * salted hash (so a phone can still change its answer after a restore), rating, comment, the lines chosen
 * (by position in the checklist) and when it was given and last changed.
 */
@Service
class FormBackup implements BackupPart {

    static final String FILE = "feedback-forms.json";
    static final String FORMAT = "workshop-feedback-forms/1";
    private static final Logger log = LoggerFactory.getLogger(FormBackup.class);

    private final FeedbackFormRepository forms;
    private final FeedbackAnswerRepository answers;

    FormBackup(FeedbackFormRepository forms, FeedbackAnswerRepository answers) {
        this.forms = forms;
        this.answers = answers;
    }

    @Override
    public String fileName() {
        return FILE;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Access.ADMIN)
    public byte[] export() {
        ObjectNode root = Json.MAPPER.createObjectNode().put("format", FORMAT);
        ArrayNode list = root.putArray("forms");
        for (FeedbackFormEntity form : forms.findAll()) {
            ObjectNode o = list.addObject().put("meeting", form.meetingId()).put("code", form.code().value())
                    .put("open", form.open()).put("createdAt", form.createdAt().toString())
                    .put("updatedAt", form.updatedAt().toString());
            ArrayNode items = o.putArray("items");
            Map<Long, Integer> position = new HashMap<>();
            for (FeedbackItemEntity item : form.items()) {
                position.put(item.id(), items.size());
                items.add(item.text());
            }
            ArrayNode given = o.putArray("answers");
            for (FeedbackAnswerEntity answer : answers.findByFormIdOrderById(form.id())) {
                ObjectNode a = given.addObject().put("device", answer.deviceHash());
                if (answer.rating() != null) {
                    a.put("rating", answer.rating());
                }
                if (answer.comment() != null) {
                    a.put("comment", answer.comment());
                }
                ArrayNode choices = a.putArray("choices");
                answer.choices().stream().map(position::get).filter(p -> p != null).sorted().forEach(choices::add);
                a.put("createdAt", answer.createdAt().toString()).put("updatedAt", answer.updatedAt().toString());
            }
        }
        return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    @Override
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public void restore(byte[] content) {
        restore(content, Map.of());
    }

    @Override
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public void restore(byte[] content, Map<Long, Long> meetingIds) {
        JsonNode root = Json.MAPPER.readTree(content);
        if (!FORMAT.equals(root.path("format").asString(""))) {
            throw new ValidationFailedException(Violation.of(FILE, "error.formatUnsupported",
                    root.path("format").asString(""), FORMAT));
        }
        for (JsonNode o : root.path("forms")) {
            Long meetingId = meetingIds.get(o.path("meeting").asLong(-1));
            if (meetingId == null || forms.findByMeetingId(meetingId).isPresent()) {
                log.warn("Backup: the feedback form {} names no restored meeting; skipped", o.path("code").asString(""));
                continue;
            }
            FormCode code = FormCode.parse(o.path("code").asString("")).filter(c -> !forms.existsByFormCode(c.value()))
                    .orElseGet(FormCode::random);
            FeedbackFormEntity form = FeedbackFormEntity.restored(meetingId, code, o.path("open").asBoolean(false),
                    instant(o.path("createdAt")), instant(o.path("updatedAt")));
            List<ChecklistItem> items = new ArrayList<>();
            o.path("items").forEach(t -> items.add(new ChecklistItem(null, t.asString())));
            form.setChecklist(new Checklist(items), form.updatedAt());
            form = forms.saveAndFlush(form);
            List<Long> itemIds = form.items().stream().map(FeedbackItemEntity::id).toList();
            Set<String> devices = new HashSet<>();
            for (JsonNode a : o.path("answers")) {
                String device = a.path("device").asString("");
                if (device.isEmpty() || !devices.add(device)) {
                    continue;
                }
                Set<Long> choices = new HashSet<>();
                a.path("choices").forEach(i -> {
                    int at = i.asInt(-1);
                    if (at >= 0 && at < itemIds.size()) {
                        choices.add(itemIds.get(at));
                    }
                });
                Integer rating = a.hasNonNull("rating") ? a.get("rating").asInt() : null;
                String comment = a.hasNonNull("comment") ? a.get("comment").asString() : null;
                FeedbackAnswerEntity answer = new FeedbackAnswerEntity(form.id(), device, instant(a.path("createdAt")));
                answer.restore(new Answer(choices, rating, comment), instant(a.path("createdAt")), instant(a.path("updatedAt")));
                answers.save(answer);
            }
        }
    }

    private static Instant instant(JsonNode node) {
        try {
            return Instant.parse(node.asString(""));
        } catch (java.time.format.DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }
}
