package org.partnershipworkshop.base;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads members of a JSON tree, recording each problem with its path and going on, so all are reported.
 * Public for the other features' document formats (the practice catalogue's {@code workshop-practice/1}).
 */
public final class JsonChecks {

    private final List<Violation> problems = new ArrayList<>();

    /**
     * A document's bytes as a JSON tree: at most {@link Limits#DOCUMENT_BYTES}, UTF-8, JSON; otherwise it
     * throws with the reason, before anything else is looked at.
     */
    public static JsonNode parse(byte[] document) {
        if (document.length > Limits.DOCUMENT_BYTES) {
            throw new InputTooLargeException(Violation.of("", "error.documentTooLarge", Limits.DOCUMENT_BYTES / (1024 * 1024)));
        }
        JsonNode root;
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(document));
            root = Json.MAPPER.readTree(document);
        } catch (CharacterCodingException e) {
            throw new UnreadableInputException(Violation.of("", "error.notUtf8"));
        } catch (JacksonException e) {
            throw new UnreadableInputException(Violation.of("", "error.notJson", e.getOriginalMessage()));
        }
        if (root == null || root.isMissingNode()) {
            throw new UnreadableInputException(Violation.of("", "error.notJson", "empty document"));
        }
        return root;
    }

    public List<Violation> problems() {
        return problems;
    }

    public void problem(String path, String key, Object... args) {
        problems.add(Violation.of(path, key, args));
    }

    public String text(JsonNode parent, String member, String path, boolean required, int min, int max) {
        JsonNode node = parent.get(member);
        String at = path + "." + member;
        if (node == null || node.isNull()) {
            if (required) {
                problem(at, "error.required");
            }
            return null;
        }
        if (!node.isString()) {
            problem(at, "error.notString");
            return null;
        }
        String value = node.stringValue();
        if (value.length() < min || (required && value.isBlank())) {
            problem(at, "error.required");
            return null;
        }
        if (value.length() > max) {
            problem(at, "error.tooLong", max, value.length());
            return null;
        }
        return value;
    }

    public Integer integer(JsonNode parent, String member, String path, boolean required, int min) {
        JsonNode node = parent.get(member);
        String at = path + "." + member;
        if (node == null || node.isNull()) {
            if (required) {
                problem(at, "error.required");
            }
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            problem(at, "error.notInteger");
            return null;
        }
        if (node.intValue() < min) {
            problem(at, "error.atLeast", min);
            return null;
        }
        return node.intValue();
    }

    public LocalDate date(JsonNode parent, String member, String path) {
        String text = text(parent, member, path, true, 1, 10);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(path + "." + member, "error.notDate", text);
            return null;
        }
    }

    /** An optional array member; each element read by {@code element} (null results are dropped). */
    public <T> List<T> array(JsonNode parent, String member, String path, int max,
                      BiFunction<JsonNode, String, T> element) {
        JsonNode node = parent.get(member);
        String at = path + "." + member;
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            problem(at, "error.notArray");
            return List.of();
        }
        if (node.size() > max) {
            problem(at, "error.tooMany", max, node.size());
            return List.of();
        }
        List<T> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            T value = element.apply(node.get(i), at + "[" + i + "]");
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    public List<String> texts(JsonNode parent, String member, String path, int maxEntries, int maxLength) {
        return array(parent, member, path, maxEntries, (node, at) -> {
            if (!node.isString()) {
                problem(at, "error.notString");
                return null;
            }
            if (node.stringValue().isBlank()) {
                problem(at, "error.required");
                return null;
            }
            if (node.stringValue().length() > maxLength) {
                problem(at, "error.tooLong", maxLength, node.stringValue().length());
                return null;
            }
            return node.stringValue();
        });
    }

    public boolean isObject(JsonNode node, String path) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            problem(path, "error.required");
            return false;
        }
        if (!node.isObject()) {
            problem(path, "error.notObject");
            return false;
        }
        return true;
    }
}
