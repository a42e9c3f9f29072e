package org.partnershipworkshop.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.partnershipworkshop.base.JsonChecks;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import tools.jackson.databind.JsonNode;

/**
 * Reads a workshop-plan/1 document (decision 0145): every problem is collected with its path and the whole
 * document is refused when there is any; unknown members are ignored, as in meeting-v1. Rules of a record are
 * reported at the record's path, rules spanning the plan (ids, staff, parts) at theirs.
 */
final class PlanReader {

    private final JsonChecks checks = new JsonChecks();
    /** The staff list's ids and the ids read so far: checked as each row is read, so a refusal names them all at once. */
    private final java.util.Set<String> staffIds = new java.util.HashSet<>();
    private final java.util.Set<String> ids = new java.util.HashSet<>();

    private PlanReader() {
    }

    static Plan read(byte[] document) {
        JsonNode root = JsonChecks.parse(document);
        if (!root.isObject()) {
            throw new ValidationFailedException(Violation.of("", "error.notObject"));
        }
        PlanReader reader = new PlanReader();
        JsonNode format = root.get("format");
        if (format == null || format.isNull()) {
            reader.checks.problem("format", "error.required");
        } else if (!format.isString() || !PlanWriter.FORMAT.equals(format.stringValue())) {
            reader.checks.problem("format", "error.formatUnsupported", format.isString() ? format.stringValue()
                    : format.toString(), PlanWriter.FORMAT);
        }
        Plan plan = reader.checks.isObject(root.get("plan"), "plan") ? reader.plan(root.get("plan"), "plan") : null;
        if (!reader.checks.problems().isEmpty()) {
            throw new ValidationFailedException(reader.checks.problems().stream().distinct().toList());
        }
        return plan;
    }

    private Plan plan(JsonNode node, String path) {
        PlanHeader header = checks.isObject(node.get("header"), path + ".header") ? header(node.get("header"), path + ".header") : null;
        PlanStatus status = choice(node, "status", path, PlanStatus.class, PlanStatus.DRAFT);
        Approval approval = null;
        JsonNode a = node.get("approval");
        if (a != null && !a.isNull() && checks.isObject(a, path + ".approval")) {
            String by = checks.text(a, "by", path + ".approval", true, 1, Limits.TITLE);
            LocalDate on = checks.date(a, "on", path + ".approval");
            approval = build(path + ".approval", () -> new Approval(by, on));
        }
        Intro intro = Intro.EMPTY;
        JsonNode i = node.get("intro");
        if (i != null && !i.isNull() && checks.isObject(i, path + ".intro")) {
            String at = path + ".intro";
            intro = new Intro(list(i, "directions", at), list(i, "goals", at), list(i, "tasks", at), list(i, "priorities", at));
        }
        List<StaffMember> staff = checks.array(node, "staff", path, PlanLimits.STAFF, (n, at) -> !checks.isObject(n, at) ? null
                : build(at, () -> new StaffMember(text(n, "id", at, true), text(n, "name", at, true),
                text(n, "position", at, false), bool(n, "methodist", at), text(n, "account", at, false))));
        staff.forEach(p -> staffIds.add(p.id()));
        List<Section> sections = sections(node, path, 1);
        if (!checks.problems().isEmpty() || header == null) {
            return null;
        }
        Approval approved = approval;
        Intro section1 = intro;
        return build(path, () -> new Plan(header, status, approved, section1, staff, sections));
    }

    private PlanHeader header(JsonNode n, String at) {
        String organisation = text(n, "organisation", at, true);
        String department = text(n, "department", at, false);
        Integer year = checks.integer(n, "year", at, true, PlanLimits.FIRST_YEAR);
        String title = text(n, "title", at, true);
        Language language = null;
        String code = checks.text(n, "language", at, true, 1, 10);
        if (code != null) {
            language = Language.fromCode(code).orElse(null);
            if (language == null) {
                checks.problem(at + ".language", "error.languageUnknown", code, "bg, ru, en");
            }
        }
        Orientation orientation = choice(n, "orientation", at, Orientation.class, Orientation.PORTRAIT);
        List<PlanColumn> columns = checks.array(n, "columns", at, 10, (c, p) -> constant(c, p, PlanColumn.class));
        String notes = checks.text(n, "notes", at, false, 0, Limits.LONG_TEXT);
        if (year == null || language == null || organisation == null || title == null) {
            return null;
        }
        Language lang = language;
        return build(at, () -> new PlanHeader(organisation, department, year, title, lang, orientation, columns, notes));
    }

    private List<Section> sections(JsonNode node, String path, int depth) {
        return checks.array(node, "sections", path, PlanLimits.SECTIONS, (n, at) -> {
            if (!checks.isObject(n, at)) {
                return null;
            }
            String id = unique(text(n, "id", at, true), at);
            String title = text(n, "title", at, true);
            String description = checks.text(n, "description", at, false, 0, Limits.LONG_TEXT);
            List<Indicator> indicators = checks.array(n, "indicators", at, PlanLimits.INDICATORS, this::indicator);
            List<Row> rows = checks.array(n, "rows", at, PlanLimits.ROWS, this::row);
            List<Section> children = depth > PlanLimits.DEPTH ? List.of() : sections(n, at, depth + 1);
            return build(at, () -> new Section(id, title, description, indicators, rows, children));
        });
    }

    private Row row(JsonNode n, String at) {
        if (!checks.isObject(n, at)) {
            return null;
        }
        String id = unique(text(n, "id", at, true), at);
        String text = checks.text(n, "text", at, true, 1, Limits.LONG_TEXT);
        boolean heading = bool(n, "heading", at);
        Integer level = checks.integer(n, "level", at, false, 0);
        String term = checks.text(n, "term", at, false, 0, Limits.TITLE);
        List<String> responsible = checks.texts(n, "responsible", at, 50, 40);
        JsonNode named = n.get("responsible");
        for (int p = 0; named != null && named.isArray() && p < named.size(); p++) {
            String who = named.get(p).isString() ? named.get(p).stringValue() : null;
            if (who != null && !who.isBlank() && !who.equals(PlanLimits.ALL_METHODISTS) && !staffIds.contains(who)) {
                checks.problem(at + ".responsible[" + p + "]", "plan.error.notStaff", who);
            }
        }
        String audience = text(n, "audience", at, false);
        boolean forLibraries = bool(n, "forLibraries", at);
        ActivityForm form = choice(n, "form", at, ActivityForm.class, null);
        String place = text(n, "place", at, false);
        Link link = null;
        JsonNode l = n.get("link");
        if (l != null && !l.isNull() && checks.isObject(l, at + ".link")) {
            LinkKind kind = choice(l, "kind", at + ".link", LinkKind.class, null);
            Long linkId = l.has("id") ? longValue(l, "id", at + ".link") : null;
            String reference = text(l, "reference", at + ".link", false);
            if (kind == null) {
                checks.problem(at + ".link.kind", "error.required");
            } else {
                link = build(at + ".link", () -> new Link(kind, linkId, reference));
            }
        }
        String note = checks.text(n, "note", at, false, 0, Limits.LONG_TEXT);
        List<RowFact> facts = checks.array(n, "facts", at, PlanLimits.FACTS, this::fact);
        Long revision = n.has("revision") ? longValue(n, "revision", at) : Long.valueOf(0);
        Link linked = link;
        int lvl = level == null ? 0 : level;
        long rev = revision == null ? 0 : revision;
        return build(at, () -> new Row(id, text, heading, lvl, term, responsible, audience, forLibraries, form, place,
                linked, note, facts, rev));
    }

    private RowFact fact(JsonNode n, String at) {
        if (!checks.isObject(n, at)) {
            return null;
        }
        YearMonth month = null;
        String m = checks.text(n, "month", at, true, 1, 7);
        if (m != null) {
            try {
                month = YearMonth.parse(m);
            } catch (DateTimeParseException e) {
                checks.problem(at + ".month", "plan.error.month", m);
            }
        }
        FactStatus status = choice(n, "status", at, FactStatus.class, null);
        if (status == null && n.get("status") == null) {
            checks.problem(at + ".status", "error.required");
        }
        LocalDate date = n.has("date") ? checks.date(n, "date", at) : null;
        LocalDate movedTo = n.has("movedTo") ? checks.date(n, "movedTo", at) : null;
        String reason = text(n, "reason", at, false);
        String note = checks.text(n, "note", at, false, 0, Limits.LONG_TEXT);
        Integer participants = checks.integer(n, "participants", at, false, 0);
        YearMonth month1 = month;
        return month == null || status == null ? null
                : build(at, () -> new RowFact(month1, status, date, movedTo, reason, note, participants));
    }

    private Indicator indicator(JsonNode n, String at) {
        if (!checks.isObject(n, at)) {
            return null;
        }
        String id = unique(text(n, "id", at, true), at);
        String name = checks.text(n, "name", at, true, 1, Limits.TEXT);
        String unit = checks.text(n, "unit", at, false, 0, 100);
        BigDecimal planned = decimal(n, "planned", at);
        List<Indicator.Breakdown> breakdowns = checks.array(n, "breakdowns", at, 20, (b, bt) -> !checks.isObject(b, bt) ? null
                : build(bt, () -> new Indicator.Breakdown(text(b, "label", bt, false), bool(b, "complete", bt),
                checks.array(b, "parts", bt, Limits.ENTRIES, (p, pt) -> !checks.isObject(p, pt) ? null
                        : build(pt, () -> new Indicator.Part(text(p, "label", pt, false), decimal(p, "planned", pt),
                        text(p, "indicator", pt, false)))))));
        List<Indicator.Actual> actuals = checks.array(n, "actuals", at, 100, (a, aa) -> {
            if (!checks.isObject(a, aa)) {
                return null;
            }
            String period = checks.text(a, "period", aa, true, 1, 7);
            BigDecimal value = decimal(a, "value", aa);
            return period == null ? null : build(aa, () -> new Indicator.Actual(Period.parse(period), value));
        });
        return build(at, () -> new Indicator(id, name, unit, planned, breakdowns, actuals));
    }

    // --- members

    private String unique(String id, String at) {
        if (id != null && !ids.add(id)) {
            checks.problem(at + ".id", "plan.error.idTwice", id);
        }
        return id;
    }

    private String text(JsonNode n, String member, String at, boolean required) {
        return checks.text(n, member, at, required, required ? 1 : 0, Limits.TEXT);
    }

    private List<String> list(JsonNode n, String member, String at) {
        return checks.texts(n, member, at, PlanLimits.LIST_ITEMS, Limits.TEXT);
    }

    private boolean bool(JsonNode n, String member, String at) {
        JsonNode v = n.get(member);
        if (v == null || v.isNull()) {
            return false;
        }
        if (!v.isBoolean()) {
            checks.problem(at + "." + member, "plan.error.notBoolean");
            return false;
        }
        return v.booleanValue();
    }

    private Long longValue(JsonNode n, String member, String at) {
        JsonNode v = n.get(member);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            checks.problem(at + "." + member, "error.notInteger");
            return null;
        }
        return v.longValue();
    }

    private BigDecimal decimal(JsonNode n, String member, String at) {
        JsonNode v = n.get(member);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber()) {
            checks.problem(at + "." + member, "plan.error.notNumber");
            return null;
        }
        return v.decimalValue();
    }

    private <E extends Enum<E>> E choice(JsonNode n, String member, String at, Class<E> type, E otherwise) {
        JsonNode v = n.get(member);
        return v == null || v.isNull() ? otherwise : Optional.ofNullable(constant(v, at + "." + member, type)).orElse(otherwise);
    }

    private <E extends Enum<E>> E constant(JsonNode v, String at, Class<E> type) {
        String allowed = String.join(", ", Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList());
        if (!v.isString()) {
            checks.problem(at, "plan.error.oneOf", v.toString(), allowed);
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(v.stringValue())) {
                return e;
            }
        }
        checks.problem(at, "plan.error.oneOf", v.stringValue(), allowed);
        return null;
    }

    /** A record built from what was read; its broken rules go to the problems at {@code at}, and the answer is null. */
    private <T> T build(String at, Supplier<T> record) {
        try {
            return record.get();
        } catch (ValidationFailedException e) {
            e.violations().forEach(v -> checks.problem(v.under(at).path(), v.key(), v.args().toArray()));
            return null;
        }
    }
}
