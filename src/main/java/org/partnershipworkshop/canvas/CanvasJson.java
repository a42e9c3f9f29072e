package org.partnershipworkshop.canvas;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A canvas in its meeting-v1 JSON form (field id → array of values, by the field's kind). Reading
 * collects every problem with its JSON path instead of stopping at the first, so an importer or an API
 * client learns all that is wrong at once. Writing omits empty fields and absent optional members.
 */
public final class CanvasJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CanvasJson() {
    }

    /** Reads a canvas object; problems go to {@code problems} with paths under {@code path}. */
    public static Canvas read(JsonNode node, CanvasTemplate template, String path, List<Violation> problems) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            problems.add(Violation.of(path, "error.required"));
            return Canvas.EMPTY;
        }
        if (!node.isObject()) {
            problems.add(Violation.of(path, "error.notObject"));
            return Canvas.EMPTY;
        }
        Map<String, List<CanvasEntry>> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            String fieldPath = path + "." + member.getKey();
            Optional<TemplateField> field = template.field(member.getKey());
            if (field.isEmpty()) {
                problems.add(Violation.of(fieldPath, "error.unknownField", member.getKey(), template.id()));
                continue;
            }
            JsonNode values = member.getValue();
            if (!values.isArray()) {
                problems.add(Violation.of(fieldPath, "error.notArray"));
                continue;
            }
            if (values.size() > Limits.ENTRIES) {
                problems.add(Violation.of(fieldPath, "error.tooMany", Limits.ENTRIES, values.size()));
                continue;
            }
            List<CanvasEntry> entries = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                CanvasEntry entry = entry(field.get().kind(), values.get(i), fieldPath + "[" + i + "]", problems);
                if (entry != null) {
                    entries.add(entry);
                }
            }
            fields.put(field.get().id(), entries);
        }
        // Template order, whatever order the document used.
        Map<String, List<CanvasEntry>> ordered = new LinkedHashMap<>();
        template.fields().forEach(f -> {
            if (fields.containsKey(f.id())) {
                ordered.put(f.id(), fields.get(f.id()));
            }
        });
        return new Canvas(ordered);
    }

    /** Reads a canvas or throws with every problem found. */
    public static Canvas readOrThrow(JsonNode node, CanvasTemplate template, String path) {
        List<Violation> problems = new ArrayList<>();
        Canvas canvas = read(node, template, path, problems);
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        return canvas;
    }

    private static CanvasEntry entry(FieldKind kind, JsonNode node, String path, List<Violation> problems) {
        return switch (kind) {
            case NOTES -> {
                if (!node.isString()) {
                    problems.add(Violation.of(path, "error.notString"));
                    yield null;
                }
                yield build(path, problems, () -> new Note(node.stringValue()));
            }
            case RESOURCES -> object(node, path, problems, o -> {
                String item = string(o, "item", path, problems, true);
                BigDecimal amount = number(o, "amount", path, problems);
                String currency = string(o, "currency", path, problems, false);
                if (currency != null && !Resource.isCurrency(currency)) {
                    problems.add(Violation.of(path + ".currency", "error.currencyUnknown", currency));
                    return null;
                }
                return build(path, problems, () -> new Resource(item, amount, currency));
            });
            case PARTNERS -> object(node, path, problems, o -> {
                String name = string(o, "name", path, problems, true);
                String typeId = string(o, "type", path, problems, false);
                String role = string(o, "role", path, problems, false);
                PartnerType type = null;
                if (typeId != null) {
                    type = PartnerType.fromId(typeId).orElse(null);
                    if (type == null) {
                        problems.add(Violation.of(path + ".type", "error.partnerTypeUnknown", typeId,
                                PartnerType.allowedIds()));
                        return null;
                    }
                }
                PartnerType knownType = type;
                return build(path, problems, () -> new PartnerEntry(name, knownType, role));
            });
            case INDICATORS -> object(node, path, problems, o -> {
                String name = string(o, "name", path, problems, true);
                String unit = string(o, "unit", path, problems, false);
                BigDecimal lastYear = number(o, "lastYear", path, problems);
                BigDecimal wholePeriod = number(o, "wholePeriod", path, problems);
                return build(path, problems, () -> new Indicator(name, unit, lastYear, wholePeriod));
            });
            case TARGETS -> object(node, path, problems, o -> {
                String name = string(o, "name", path, problems, true);
                String unit = string(o, "unit", path, problems, false);
                BigDecimal base = number(o, "base", path, problems);
                BigDecimal target = number(o, "target", path, problems);
                String period = string(o, "period", path, problems, false);
                return build(path, problems, () -> new Target(name, unit, base, target, period));
            });
        };
    }

    private static CanvasEntry object(JsonNode node, String path, List<Violation> problems,
                                      Function<JsonNode, CanvasEntry> reader) {
        if (!node.isObject()) {
            problems.add(Violation.of(path, "error.notObject"));
            return null;
        }
        int before = problems.size();
        CanvasEntry entry = reader.apply(node);
        return problems.size() == before ? entry : null;
    }

    private static CanvasEntry build(String path, List<Violation> problems, Supplier<CanvasEntry> make) {
        try {
            return make.get();
        } catch (ValidationFailedException e) {
            // A note is the array element itself; its rule speaks of "text".
            e.violations().forEach(v -> problems.add(
                    v.path().equals("text") ? new Violation(path, v.key(), v.args()) : v.under(path)));
            return null;
        }
    }

    private static String string(JsonNode o, String member, String path, List<Violation> problems, boolean required) {
        JsonNode value = o.get(member);
        if (value == null || value.isNull()) {
            if (required) {
                problems.add(Violation.of(path + "." + member, "error.required"));
            }
            return null;
        }
        if (!value.isString()) {
            problems.add(Violation.of(path + "." + member, "error.notString"));
            return null;
        }
        return value.stringValue();
    }

    private static BigDecimal number(JsonNode o, String member, String path, List<Violation> problems) {
        JsonNode value = o.get(member);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            problems.add(Violation.of(path + "." + member, "error.notNumber"));
            return null;
        }
        // base.Json reads fractions as BigDecimal; a double from another mapper must at least be finite.
        if ((value.isDouble() || value.isFloat()) && !Double.isFinite(value.doubleValue())) {
            problems.add(Violation.of(path + "." + member, "error.numberUnreadable"));
            return null;
        }
        // The entry's record checks range and scale (base.Numbers) before it expands anything.
        return value.decimalValue();
    }

    /** The canvas as a meeting-v1 canvas object, fields in template order. */
    public static ObjectNode write(Canvas canvas, CanvasTemplate template) {
        ObjectNode node = NODES.objectNode();
        List<String> order = new ArrayList<>(template.fields().stream().map(TemplateField::id).toList());
        canvas.fields().keySet().stream().filter(id -> !order.contains(id)).forEach(order::add);
        for (String fieldId : order) {
            List<CanvasEntry> entries = canvas.entries(fieldId);
            if (entries.isEmpty()) {
                continue;
            }
            ArrayNode values = node.putArray(fieldId);
            entries.forEach(e -> values.add(write(e)));
        }
        return node;
    }

    static JsonNode write(CanvasEntry entry) {
        return switch (entry) {
            case Note n -> NODES.stringNode(n.text());
            case Resource r -> {
                ObjectNode o = NODES.objectNode().put("item", r.item());
                putNumber(o, "amount", r.amount());
                if (r.currency() != null) {
                    o.put("currency", r.currency());
                }
                yield o;
            }
            case PartnerEntry p -> {
                ObjectNode o = NODES.objectNode().put("name", p.name());
                if (p.type() != null) {
                    o.put("type", p.type().id());
                }
                if (p.role() != null) {
                    o.put("role", p.role());
                }
                yield o;
            }
            case Indicator i -> {
                ObjectNode o = NODES.objectNode().put("name", i.name());
                if (i.unit() != null) {
                    o.put("unit", i.unit());
                }
                putNumber(o, "lastYear", i.lastYear());
                putNumber(o, "wholePeriod", i.wholePeriod());
                yield o;
            }
            case Target t -> {
                ObjectNode o = NODES.objectNode().put("name", t.name());
                if (t.unit() != null) {
                    o.put("unit", t.unit());
                }
                putNumber(o, "base", t.base());
                putNumber(o, "target", t.target());
                if (t.period() != null) {
                    o.put("period", t.period());
                }
                yield o;
            }
        };
    }

    /** Writes whole numbers as JSON integers (300, not 300.0), others as decimals. */
    public static void putNumber(ObjectNode o, String member, BigDecimal value) {
        if (value == null) {
            return;
        }
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() <= 0 && plain.precision() - plain.scale() <= 18) {
            o.put(member, plain.longValueExact());
        } else {
            o.put(member, plain);
        }
    }
}
