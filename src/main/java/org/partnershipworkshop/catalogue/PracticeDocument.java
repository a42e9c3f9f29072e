package org.partnershipworkshop.catalogue;

import java.util.Optional;
import java.util.function.Function;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.partnershipworkshop.canvas.Canvas;
import org.partnershipworkshop.canvas.CanvasJson;
import org.partnershipworkshop.canvas.CanvasTemplate;
import org.partnershipworkshop.base.JsonChecks;
import org.partnershipworkshop.meeting.Presentation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code workshop-practice/1} document (format in decision 0056, {@code docs/decisions/0056-practice-document-format.md}): one practice's
 * facts, where it was presented (for the reader; an import does not link it), its passport and its project
 * card as canvas objects like meeting-v1's. Reading collects every problem with its JSON path; unknown
 * members are ignored, as in meeting-v1, but unknown canvas fields are refused.
 */
final class PracticeDocument {

    static final String FORMAT = "workshop-practice/1";

    /** A practice as read from a document: standing alone, whatever the document said about where it was shown. */
    record Read(PracticeFacts facts, Canvas passport, Canvas projectCard) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Function<PracticeSheet, CanvasTemplate> templates;

    PracticeDocument(Function<PracticeSheet, CanvasTemplate> templates) {
        this.templates = templates;
    }

    // --- writing

    ObjectNode write(PracticeDetails practice) {
        ObjectNode root = NODES.objectNode().put("format", FORMAT);
        root.set("practice", practice(practice));
        return root;
    }

    /** The practice object (also an entry of the backup's {@code practices.json}). */
    ObjectNode practice(PracticeDetails practice) {
        PracticeFacts f = practice.facts();
        ObjectNode o = NODES.objectNode().put("language", f.language().code());
        if (f.region() != null) {
            o.put("region", f.region());
        }
        if (f.fromYear() != null) {
            ObjectNode period = o.putObject("period").put("from", f.fromYear());
            if (f.toYear() != null) {
                period.put("to", f.toYear());
            }
        }
        if (f.targetGroup() != null) {
            o.put("targetGroup", f.targetGroup());
        }
        PracticeDetails.PresentedAt at = practice.presentedAt();
        if (at.meetingTitle() != null) {
            ObjectNode presented = o.putObject("presentedAt").put("meeting", at.meetingTitle())
                    .put("startDate", at.meetingStart().toString()).put("endDate", at.meetingEnd().toString());
            Presentation p = at.presentation();
            if (p != null) {
                presented.put("presentation", p.title());
                putIfPresent(presented, "speaker", p.speaker());
                putIfPresent(presented, "organization", p.organization());
            }
        }
        o.set("passport", CanvasJson.write(practice.passport().canvas(), templates.apply(PracticeSheet.PASSPORT)));
        practice.card().ifPresent(card -> o.set("projectCard",
                CanvasJson.write(card.canvas(), templates.apply(PracticeSheet.PROJECT_CARD))));
        return o;
    }

    private static void putIfPresent(ObjectNode o, String member, String value) {
        if (value != null) {
            o.put(member, value);
        }
    }

    // --- reading

    /** Reads a whole document; throws with every problem found, or when it is not a JSON document at all. */
    Read read(byte[] document) {
        JsonNode root = JsonChecks.parse(document);
        if (!root.isObject()) {
            throw new ValidationFailedException(Violation.of("", "error.notObject"));
        }
        JsonChecks checks = new JsonChecks();
        JsonNode format = root.get("format");
        if (format == null || format.isNull()) {
            checks.problem("format", "error.required");
        } else if (!format.isString() || !FORMAT.equals(format.stringValue())) {
            checks.problem("format", "error.formatUnsupported",
                    format.isString() ? format.stringValue() : format.toString(), FORMAT);
        }
        JsonNode practice = root.get("practice");
        Read read = checks.isObject(practice, "practice") ? practice(practice, "practice", checks) : null;
        if (!checks.problems().isEmpty()) {
            throw new ValidationFailedException(checks.problems());
        }
        return read;
    }

    /** Reads a practice object; problems go to {@code checks} and the answer is null when there were any. */
    Read practice(JsonNode node, String path, JsonChecks checks) {
        int before = checks.problems().size();
        Language language = language(node, path, checks);
        String region = checks.text(node, "region", path, false, 0, Limits.TITLE);
        String targetGroup = checks.text(node, "targetGroup", path, false, 0, Limits.TEXT);
        Integer from = null;
        Integer to = null;
        JsonNode period = node.get("period");
        if (period != null && !period.isNull() && checks.isObject(period, path + ".period")) {
            from = checks.integer(period, "from", path + ".period", false, PracticeFacts.FIRST_YEAR);
            to = checks.integer(period, "to", path + ".period", false, PracticeFacts.FIRST_YEAR);
        }
        Canvas passport = CanvasJson.read(node.get("passport"), templates.apply(PracticeSheet.PASSPORT),
                path + ".passport", checks.problems());
        JsonNode cardNode = node.get("projectCard");
        Canvas card = cardNode == null || cardNode.isNull() ? null
                : CanvasJson.read(cardNode, templates.apply(PracticeSheet.PROJECT_CARD), path + ".projectCard",
                checks.problems());
        if (checks.problems().size() > before) {
            return null;
        }
        try {
            return new Read(new PracticeFacts(language, region, from, to, targetGroup, null, null), passport, card);
        } catch (ValidationFailedException e) {
            e.violations().forEach(v -> checks.problem(path + "." + memberOf(v.path()), v.key(), v.args().toArray()));
            return null;
        }
    }

    /** Where a rule of the facts is written in a document. */
    private static String memberOf(String factPath) {
        return switch (factPath) {
            case "fromYear" -> "period.from";
            case "toYear" -> "period.to";
            default -> factPath;
        };
    }

    private static Language language(JsonNode node, String path, JsonChecks checks) {
        String code = checks.text(node, "language", path, true, 1, 10);
        if (code == null) {
            return null;
        }
        Optional<Language> language = Language.fromCode(code);
        if (language.isEmpty()) {
            checks.problem(path + ".language", "error.languageUnknown", code, "bg, ru, en");
        }
        return language.orElse(null);
    }

    /** A refusal of the store, with the paths its problems have in a document under {@code path}. */
    static ValidationFailedException under(String path, ValidationFailedException e) {
        return new ValidationFailedException(e.violations().stream().map(v -> v.under(path)).toList());
    }
}
