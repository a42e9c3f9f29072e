package org.partnershipworkshop.interchange;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.partnershipworkshop.canvas.Canvas;
import org.partnershipworkshop.canvas.CanvasJson;
import org.partnershipworkshop.canvas.CanvasTemplate;
import org.partnershipworkshop.meeting.Feedback;
import org.partnershipworkshop.meeting.GroupData;
import org.partnershipworkshop.meeting.MeetingFacts;
import org.partnershipworkshop.meeting.NewMeeting;
import org.partnershipworkshop.meeting.Person;
import org.partnershipworkshop.meeting.Presentation;
import org.partnershipworkshop.meeting.Session;
import tools.jackson.databind.JsonNode;
import org.partnershipworkshop.base.JsonChecks;

/**
 * Reads a {@code workshop-meeting/1} document. All or nothing: every problem is collected with its JSON
 * path and reported together; only a document without any becomes a {@link NewMeeting}.
 * Unknown members are ignored (forward compatibility).
 */
final class MeetingDocumentReader {

    private final Function<String, Optional<CanvasTemplate>> templates;

    MeetingDocumentReader(Function<String, Optional<CanvasTemplate>> templates) {
        this.templates = templates;
    }

    NewMeeting read(byte[] document) {
        return read(JsonChecks.parse(document));
    }

    NewMeeting read(JsonNode root) {
        JsonChecks checks = new JsonChecks();
        if (!root.isObject()) {
            throw new ValidationFailedException(Violation.of("", "error.notObject"));
        }
        JsonNode format = root.get("format");
        if (format == null || format.isNull()) {
            checks.problem("format", "error.required");
        } else if (!format.isString() || !MeetingDocument.FORMAT.equals(format.stringValue())) {
            checks.problem("format", "error.formatUnsupported", format.isString() ? format.stringValue() : format.toString(),
                    MeetingDocument.FORMAT);
        }
        JsonNode meeting = root.get("meeting");
        if (!checks.isObject(meeting, "meeting")) {
            throw new ValidationFailedException(checks.problems());
        }
        String m = "meeting";
        String title = checks.text(meeting, "title", m, true, 1, Limits.TITLE);
        String kind = checks.text(meeting, "kind", m, false, 0, Limits.TEXT);
        String description = checks.text(meeting, "description", m, false, 0, Limits.LONG_TEXT);
        Language language = language(meeting, checks);
        LocalDate startDate = checks.date(meeting, "startDate", m);
        LocalDate endDate = checks.date(meeting, "endDate", m);
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            checks.problem(m + ".endDate", "error.endBeforeStart");
        }
        String venue = checks.text(meeting, "venue", m, false, 0, Limits.TEXT);
        String host = checks.text(meeting, "host", m, false, 0, Limits.TEXT);
        List<String> organizers = checks.texts(meeting, "organizers", m, Limits.ENTRIES, Limits.TEXT);
        List<String> regions = checks.texts(meeting, "regions", m, Limits.ENTRIES, Limits.TEXT);
        Integer participantCount = checks.integer(meeting, "participantCount", m, false, 0);
        List<Person> people = checks.array(meeting, "people", m, Limits.PEOPLE, (node, at) -> person(node, at, checks));
        List<Session> sessions = checks.array(meeting, "sessions", m, Limits.ENTRIES, (node, at) -> session(node, at, checks));
        Set<Integer> numbers = new HashSet<>();
        List<NewMeeting.NewGroup> groups = checks.array(meeting, "groups", m, Limits.GROUPS,
                (node, at) -> group(node, at, checks, numbers));
        Feedback feedback = feedback(meeting, checks);
        if (!checks.problems().isEmpty()) {
            throw new ValidationFailedException(checks.problems());
        }
        return build(() -> new NewMeeting(new MeetingFacts(title, kind, description, language, startDate, endDate,
                venue, host, organizers, regions, participantCount), people, sessions, groups, feedback), m);
    }

    private static Language language(JsonNode meeting, JsonChecks checks) {
        String code = checks.text(meeting, "language", "meeting", true, 1, 10);
        if (code == null) {
            return null;
        }
        Optional<Language> language = Language.fromCode(code);
        if (language.isEmpty()) {
            checks.problem("meeting.language", "error.languageUnknown", code, "bg, ru, en");
        }
        return language.orElse(null);
    }

    private static Person person(JsonNode node, String at, JsonChecks checks) {
        if (!checks.isObject(node, at)) {
            return null;
        }
        int before = checks.problems().size();
        String name = checks.text(node, "name", at, true, 1, Limits.TEXT);
        String role = checks.text(node, "role", at, false, 0, Limits.TEXT);
        String organization = checks.text(node, "organization", at, false, 0, Limits.TEXT);
        return checks.problems().size() > before ? null : build(() -> new Person(name, role, organization), at);
    }

    private static Session session(JsonNode node, String at, JsonChecks checks) {
        if (!checks.isObject(node, at)) {
            return null;
        }
        int before = checks.problems().size();
        String title = checks.text(node, "title", at, true, 1, Limits.TEXT);
        List<Presentation> presentations = checks.array(node, "presentations", at, Limits.ENTRIES,
                (p, pat) -> presentation(p, pat, checks));
        return checks.problems().size() > before ? null : build(() -> new Session(title, presentations), at);
    }

    private static Presentation presentation(JsonNode node, String at, JsonChecks checks) {
        if (!checks.isObject(node, at)) {
            return null;
        }
        int before = checks.problems().size();
        String speaker = checks.text(node, "speaker", at, false, 0, Limits.TEXT);
        String role = checks.text(node, "role", at, false, 0, Limits.TEXT);
        String organization = checks.text(node, "organization", at, false, 0, Limits.TEXT);
        String title = checks.text(node, "title", at, true, 1, Limits.TEXT);
        String summary = checks.text(node, "summary", at, false, 0, Limits.LONG_TEXT);
        // Our extension members (formats/meeting-v1.md, "Extensions"): the item's plan.
        String startsAtText = checks.text(node, "startsAt", at, false, 1, 30);
        StartsAt.When when = startsAtText == null ? new StartsAt.When(null, null) : StartsAt.parse(startsAtText);
        if (when == null) {
            checks.problem(at + ".startsAt", "programme.error.startsAt", startsAtText);
        }
        String place = checks.text(node, "place", at, false, 0, Limits.TEXT);
        String responsible = checks.text(node, "responsible", at, false, 0, Limits.TEXT);
        return checks.problems().size() > before ? null
                : build(() -> new Presentation(speaker, role, organization, title, summary, when.date(), when.time(),
                        place, responsible), at);
    }

    private NewMeeting.NewGroup group(JsonNode node, String at, JsonChecks checks, Set<Integer> numbers) {
        if (!checks.isObject(node, at)) {
            return null;
        }
        int before = checks.problems().size();
        Integer number = checks.integer(node, "number", at, true, 1);
        if (number != null && !numbers.add(number)) {
            checks.problem(at + ".number", "error.groupNumberTaken", number);
        }
        String name = checks.text(node, "name", at, true, 1, Limits.TITLE);
        String templateId = checks.text(node, "template", at, true, 1, 64);
        List<String> members = checks.texts(node, "members", at, Limits.ENTRIES, Limits.TEXT);
        Canvas canvas = Canvas.EMPTY;
        Optional<CanvasTemplate> template = templateId == null ? Optional.empty() : templates.apply(templateId);
        if (templateId != null && template.isEmpty()) {
            checks.problem(at + ".template", "error.templateUnknown", templateId);
        }
        if (template.isPresent()) {
            canvas = CanvasJson.read(node.get("canvas"), template.get(), at + ".canvas", checks.problems());
        } else if (!node.has("canvas")) {
            checks.problem(at + ".canvas", "error.required");
        }
        if (checks.problems().size() > before) {
            return null;
        }
        Canvas groupCanvas = canvas;
        return build(() -> new NewMeeting.NewGroup(new GroupData(number, name, templateId, members), groupCanvas), at);
    }

    private static Feedback feedback(JsonNode meeting, JsonChecks checks) {
        JsonNode node = meeting.get("feedback");
        if (node == null || node.isNull()) {
            return Feedback.NONE;
        }
        if (!checks.isObject(node, "meeting.feedback")) {
            return Feedback.NONE;
        }
        List<String> willUse = checks.texts(node, "willUse", "meeting.feedback", Limits.ENTRIES, Limits.TEXT);
        List<String> comments = checks.texts(node, "comments", "meeting.feedback", Limits.ENTRIES, Limits.TEXT);
        return new Feedback(willUse, comments);
    }

    /** Domain rules not checked above still surface with the right path. */
    private static <T> T build(java.util.function.Supplier<T> make, String at) {
        try {
            return make.get();
        } catch (ValidationFailedException e) {
            throw new ValidationFailedException(e.violations().stream().map(v -> v.under(at)).toList());
        }
    }
}
