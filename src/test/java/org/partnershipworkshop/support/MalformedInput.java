package org.partnershipworkshop.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.partnershipworkshop.base.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generated malformed input for the interchange readers' fuzz tests: mutations of a valid document (a value
 * replaced by a hostile one, a member dropped, a list grown past its limit, the bytes cut or flipped) and plain
 * garbage. Every mutation keeps the rest of the document valid, so the readers are driven deep, not refused at
 * the first byte. {@link #zip} builds a backup-shaped zip from generated files.
 */
public final class MalformedInput {

    private MalformedInput() {
    }

    /** Values that broke or could break a reader: huge and tiny numbers, control characters, wrong types. */
    static final List<String> HOSTILE_VALUES = List.of(
            "null", "\"\"", "\"   \"", "true", "[]", "{}", "0", "-1", "1e309", "-1e309", "1E-999999999", "1e999999999",
            "12345678901234567.89", "9223372036854775808", "-9223372036854775809", "0.000000001", "NaN",
            "\"\\u0001\\u0000\\u009f\"", "\"\\ud800\"", "\"" + "😀".repeat(2_001) + "\"", "\"" + "x".repeat(20_001) + "\"",
            "\"2026-02-30\"", "\"9999999999-01-01\"", "\"../../etc/passwd\"", "\"<script>alert(1)</script>\"",
            "[" + "[".repeat(2_000) + "]".repeat(2_000) + "]", "[null,null]", "{\"\":null}");

    /** Malformed variants of a valid JSON document, and garbage. */
    public static Arbitrary<byte[]> json(byte[] valid) {
        JsonNode root = Json.MAPPER.readTree(valid);
        List<String> paths = new ArrayList<>();
        collect(root, "", paths);
        Arbitrary<String> path = Arbitraries.of(paths);
        return Arbitraries.frequencyOf(
                Tuple.of(5, Combinators.combine(path, Arbitraries.of(HOSTILE_VALUES)).as((at, value) -> replace(root, at, value))),
                Tuple.of(2, path.map(at -> remove(root, at))),
                Tuple.of(2, path.map(at -> grow(root, at))),
                Tuple.of(2, truncated(valid)),
                Tuple.of(2, flipped(valid)),
                Tuple.of(1, garbage()));
    }

    /** A zip of the given entries (names to contents), as a backup is packed. */
    public static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Bytes of no format at all. */
    public static Arbitrary<byte[]> garbage() {
        return Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(512),
                Arbitraries.strings().all().ofMaxLength(200).map(s -> s.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.of("", "{", "[", "null", "\"x\"", "42", "{\"format\":", "\uFEFF{}", "{}{}", "PK\u0003\u0004")
                        .map(s -> s.getBytes(StandardCharsets.UTF_8)));
    }

    /** The document cut off anywhere. */
    public static Arbitrary<byte[]> truncated(byte[] valid) {
        return Arbitraries.integers().between(0, Math.max(0, valid.length - 1))
                .map(n -> java.util.Arrays.copyOf(valid, n));
    }

    /** The document with a few bytes overwritten (also invalid UTF-8). */
    public static Arbitrary<byte[]> flipped(byte[] valid) {
        return Combinators.combine(Arbitraries.integers().between(0, Math.max(0, valid.length - 1)).list().ofMinSize(1).ofMaxSize(4),
                Arbitraries.bytes()).as((places, value) -> {
                    byte[] copy = valid.clone();
                    places.forEach(p -> copy[p] = value);
                    return copy;
                });
    }

    /** The JSON paths of every value in the document, e.g. {@code /meeting/groups/3/name}. */
    private static void collect(JsonNode node, String at, List<String> paths) {
        paths.add(at);
        if (node.isObject()) {
            node.properties().forEach(member -> collect(member.getValue(), at + "/" + escape(member.getKey()), paths));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), at + "/" + i, paths);
            }
        }
    }

    private static String escape(String member) {
        return member.replace("~", "~0").replace("/", "~1");
    }

    /** The document with the value at the path replaced by raw JSON text (spliced in, so any text goes). */
    static byte[] replace(JsonNode root, String at, String rawValue) {
        String marker = "\"@@hostile-" + System.identityHashCode(rawValue) + "@@\"";
        JsonNode copy = root.deepCopy();
        JsonNode replaced = set(copy, at, Json.MAPPER.getNodeFactory().stringNode(marker.substring(1, marker.length() - 1)));
        String text = Json.MAPPER.writeValueAsString(replaced);
        return text.replace(marker, rawValue).getBytes(StandardCharsets.UTF_8);
    }

    /** The document without the value at the path (the root: an empty object). */
    static byte[] remove(JsonNode root, String at) {
        JsonNode copy = root.deepCopy();
        if (at.isEmpty()) {
            return "{}".getBytes(StandardCharsets.UTF_8);
        }
        JsonNode parent = copy.at(at.substring(0, at.lastIndexOf('/')));
        String last = unescape(at.substring(at.lastIndexOf('/') + 1));
        if (parent instanceof ObjectNode object) {
            object.remove(last);
        } else if (parent instanceof ArrayNode array) {
            array.remove(Integer.parseInt(last));
        }
        return Json.MAPPER.writeValueAsBytes(copy);
    }

    /** The document with the array at (or around) the path grown to 2,001 copies of its first item. */
    static byte[] grow(JsonNode root, String at) {
        JsonNode copy = root.deepCopy();
        String arrayAt = at;
        while (!arrayAt.isEmpty() && !copy.at(arrayAt).isArray()) {
            arrayAt = arrayAt.substring(0, arrayAt.lastIndexOf('/'));
        }
        if (copy.at(arrayAt) instanceof ArrayNode array && !array.isEmpty()) {
            JsonNode first = array.get(0);
            while (array.size() < 2_001) {
                array.add(first.deepCopy());
            }
        }
        return Json.MAPPER.writeValueAsBytes(copy);
    }

    private static JsonNode set(JsonNode root, String at, JsonNode value) {
        if (at.isEmpty()) {
            return value;
        }
        JsonNode parent = root.at(at.substring(0, at.lastIndexOf('/')));
        String last = unescape(at.substring(at.lastIndexOf('/') + 1));
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        }
        return root;
    }

    private static String unescape(String member) {
        return member.replace("~1", "/").replace("~0", "~");
    }
}
