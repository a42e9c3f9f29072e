package org.partnershipworkshop.library;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.partnershipworkshop.base.Json;
import org.partnershipworkshop.base.JsonChecks;
import org.partnershipworkshop.base.Violation;
import tools.jackson.databind.JsonNode;

/**
 * The registry as a {@code workshop-libraries/1} document (docs/formats/workshop-libraries-1.md): an object
 * with {@code format}, an optional {@code region} for libraries that name none, and {@code libraries}, each
 * with its key, name, kind, the key of the library it belongs to, municipality, region, contacts and whether
 * it is archived. Members of the wrong type are problems with their JSON path; unknown members (the
 * {@code id} an export writes, for one) are ignored.
 */
final class LibraryJson {

    static final String FORMAT = "workshop-libraries/1";
    /** Most libraries in one document. */
    static final int MAX_LIBRARIES = 5_000;
    private static final List<String> TEXTS = List.of(RawLibrary.KEY, RawLibrary.NAME, RawLibrary.KIND, RawLibrary.PARENT,
            RawLibrary.REGION, RawLibrary.ADDRESS, RawLibrary.EMAIL, RawLibrary.PHONE, RawLibrary.WEBSITE);

    /** What reading found: the document's default region, its libraries and the problems. */
    record Read(String region, List<RawLibrary> libraries, List<Violation> problems) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Document(String format, List<Entry> libraries) {
    }

    /** A library as the document writes it; {@code id} is this installation's, for clients, and import ignores it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Entry(Long id, String key, String name, String kind, String parent, Place municipality, String region,
                 String address, String email, String phone, String website, boolean archived) {
    }

    record Place(String kind, String name) {
    }

    private LibraryJson() {
    }

    static Read read(byte[] content) {
        JsonNode root = JsonChecks.parse(content);
        JsonChecks checks = new JsonChecks();
        if (!checks.isObject(root, "")) {
            return new Read(null, List.of(), checks.problems());
        }
        String format = root.path("format").asString("");
        if (!FORMAT.equals(format)) {
            checks.problem("format", "error.formatUnsupported", format, FORMAT);
            return new Read(null, List.of(), checks.problems());
        }
        String region = text(root, "region", "", checks);
        if (root.get("libraries") == null || root.get("libraries").isNull()) {
            checks.problem("libraries", "error.required");
        }
        List<RawLibrary> libraries = checks.array(root, "libraries", "", MAX_LIBRARIES,
                (node, at) -> checks.isObject(node, at) ? library(node, at, checks) : null);
        List<Violation> problems = checks.problems().stream()
                .map(v -> new Violation(v.path().replaceFirst("^\\.", ""), v.key(), v.args())).toList();
        return new Read(region, libraries, problems);
    }

    private static RawLibrary library(JsonNode node, String path, JsonChecks checks) {
        String at = path.replaceFirst("^\\.", "");
        Map<String, String> values = new HashMap<>();
        for (String member : TEXTS) {
            values.put(member, text(node, member, at, checks));
        }
        JsonNode municipality = node.get("municipality");
        if (municipality != null && !municipality.isNull()) {
            if (checks.isObject(municipality, at + ".municipality")) {
                values.put(RawLibrary.MUNICIPALITY_KIND, text(municipality, "kind", at + ".municipality", checks));
                values.put(RawLibrary.MUNICIPALITY, text(municipality, "name", at + ".municipality", checks));
            }
        }
        JsonNode archived = node.get("archived");
        if (archived != null && !archived.isNull()) {
            if (archived.isBoolean()) {
                values.put(RawLibrary.ARCHIVED, String.valueOf(archived.booleanValue()));
            } else {
                checks.problem(at + ".archived", "library.error.notBoolean");
            }
        }
        Function<String, String> where = field -> field == null ? at : at + "." + field;
        return new RawLibrary(values, where);
    }

    /** A string member, or null when absent; another type is a problem. */
    private static String text(JsonNode parent, String member, String path, JsonChecks checks) {
        JsonNode node = parent.get(member);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            checks.problem(path.isEmpty() ? member : path + "." + member, "error.notString");
            return null;
        }
        return node.stringValue();
    }

    static byte[] write(List<LibrarySummary> libraries, Function<Long, String> keyOf) {
        List<Entry> entries = new ArrayList<>();
        for (LibrarySummary library : libraries) {
            LibraryFacts f = library.facts();
            entries.add(new Entry(library.id(), f.key(), f.name(), f.kind().id(),
                    f.parentId() == null ? null : keyOf.apply(f.parentId()),
                    f.municipality() == null ? null : new Place(f.municipality().kind().id(), f.municipality().name()),
                    f.region(), f.address(), f.email(), f.phone(), f.website(), library.archived()));
        }
        return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(new Document(FORMAT, entries));
    }
}
