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

    /**
     * The tree bound to a record of {@code type} by the one mapper: the records' constructors check the rules, so
     * a broken rule deep inside comes out as a {@link ValidationFailedException} whose paths start at the root
     * ({@code stages[1].ends}); a member of the wrong JSON type is a violation at its path too. Unknown members
     * are ignored.
     */
    public static <T> T bind(JsonNode node, Class<T> type) {
        try {
            return Json.MAPPER.readerFor(type).without(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(node);
        } catch (tools.jackson.databind.DatabindException e) {
            String at = path(e.getPath());
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof ValidationFailedException broken) {
                    throw new ValidationFailedException(broken.violations().stream().map(v -> v.under(at)).toList());
                }
            }
            throw new ValidationFailedException(Violation.of(at, "error.wrongType", e.getOriginalMessage()));
        }
    }

    private static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
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
        String value = Text.clean(node.stringValue());
        int length = Text.length(value);
        if (length < min || (required && value.isBlank())) {
            problem(at, "error.required");
            return null;
        }
        if (length > max) {
            problem(at, "error.tooLong", max, length);
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
            String value = Text.clean(node.stringValue());
            if (value.isBlank()) {
                problem(at, "error.required");
                return null;
            }
            if (Text.length(value) > maxLength) {
                problem(at, "error.tooLong", maxLength, Text.length(value));
                return null;
            }
            return value;
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
