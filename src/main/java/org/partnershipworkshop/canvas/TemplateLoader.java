package org.partnershipworkshop.canvas;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.partnershipworkshop.base.Language;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads template files ({@code <id>.json}, format in {@code workshop-templates/README.md}). A broken file
 * becomes a {@link Problem} naming the file and the reason; it never stops the others from loading.
 */
final class TemplateLoader {

    static final String SUFFIX = ".json";
    private static final Pattern TEMPLATE_ID = Pattern.compile("[a-z][a-z0-9-]{0,62}");
    private static final Pattern FIELD_ID = Pattern.compile("[a-zA-Z][a-zA-Z0-9]{0,62}");
    private static final String ALLOWED_KINDS = Arrays.stream(FieldKind.values()).map(FieldKind::id)
            .collect(Collectors.joining(", "));

    record Problem(String file, String reason) {
    }

    record Result(List<CanvasTemplate> templates, List<Problem> problems) {
    }

    private final JsonMapper json = JsonMapper.builder().build();

    /** Loads every template of a folder, or of the classpath folder when the folder is missing. */
    Result load(Path folder, String classpathFolder) {
        List<CanvasTemplate> templates = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (folder != null && Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList()) {
                    try (InputStream in = Files.newInputStream(file)) {
                        read(file.getFileName().toString(), in, templates, problems);
                    }
                }
            } catch (IOException e) {
                problems.add(new Problem(folder.toString(), "cannot read the folder: " + e.getMessage()));
            }
        } else {
            try {
                Resource[] resources = new PathMatchingResourcePatternResolver()
                        .getResources("classpath*:" + classpathFolder + "/*" + SUFFIX);
                for (Resource resource : resources) {
                    try (InputStream in = resource.getInputStream()) {
                        read(resource.getFilename(), in, templates, problems);
                    }
                }
            } catch (IOException e) {
                problems.add(new Problem(classpathFolder, "cannot read the templates: " + e.getMessage()));
            }
        }
        return new Result(templates, problems);
    }

    private void read(String fileName, InputStream in, List<CanvasTemplate> templates, List<Problem> problems) {
        try {
            CanvasTemplate template = parse(json.readTree(in));
            String expected = template.id() + SUFFIX;
            if (!expected.equals(fileName)) {
                throw new BrokenTemplate("the file of template \"" + template.id() + "\" must be named " + expected);
            }
            if (templates.stream().anyMatch(t -> t.id().equals(template.id()))) {
                throw new BrokenTemplate("template \"" + template.id() + "\" is defined twice");
            }
            templates.add(template);
        } catch (JacksonException e) {
            problems.add(new Problem(fileName, "not valid JSON: " + e.getOriginalMessage()));
        } catch (BrokenTemplate e) {
            problems.add(new Problem(fileName, e.getMessage()));
        }
    }

    CanvasTemplate parse(JsonNode root) {
        if (!root.isObject()) {
            throw new BrokenTemplate("the file must hold one JSON object");
        }
        String id = text(root, "id", "id");
        if (!TEMPLATE_ID.matcher(id).matches()) {
            throw new BrokenTemplate("id \"" + id + "\" must be lower-case letters, digits and hyphens");
        }
        int version = positive(root, "version", "version");
        Map<Language, String> names = perLanguage(root, "names", "names");
        int columns = positive(root.path("board"), "columns", "board.columns");
        JsonNode fieldNodes = root.path("fields");
        if (!fieldNodes.isArray() || fieldNodes.isEmpty()) {
            throw new BrokenTemplate("fields: a non-empty array is required");
        }
        List<TemplateField> fields = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < fieldNodes.size(); i++) {
            TemplateField field = field(fieldNodes.get(i), "fields[" + i + "]", columns);
            if (!ids.add(field.id())) {
                throw new BrokenTemplate("fields[" + i + "].id: \"" + field.id() + "\" is used twice");
            }
            for (TemplateField other : fields) {
                if (other.area().overlaps(field.area())) {
                    throw new BrokenTemplate("fields[" + i + "].area: overlaps the area of \"" + other.id() + "\"");
                }
            }
            fields.add(field);
        }
        return new CanvasTemplate(id, version, names, columns, fields);
    }

    private TemplateField field(JsonNode node, String path, int columns) {
        if (!node.isObject()) {
            throw new BrokenTemplate(path + ": an object is required");
        }
        String id = text(node, "id", path + ".id");
        if (!FIELD_ID.matcher(id).matches()) {
            throw new BrokenTemplate(path + ".id: \"" + id + "\" must be a letter followed by letters and digits");
        }
        String kindId = text(node, "kind", path + ".kind");
        FieldKind kind = FieldKind.fromId(kindId).orElseThrow(() -> new BrokenTemplate(
                path + ".kind: unknown kind \"" + kindId + "\"; allowed: " + ALLOWED_KINDS));
        JsonNode area = node.path("area");
        int column = positive(area, "column", path + ".area.column");
        int row = positive(area, "row", path + ".area.row");
        int columnSpan = area.has("columnSpan") ? positive(area, "columnSpan", path + ".area.columnSpan") : 1;
        int rowSpan = area.has("rowSpan") ? positive(area, "rowSpan", path + ".area.rowSpan") : 1;
        if (column + columnSpan - 1 > columns) {
            throw new BrokenTemplate(path + ".area: reaches past the board's " + columns + " columns");
        }
        return new TemplateField(id, kind, new BoardArea(column, row, columnSpan, rowSpan),
                perLanguage(node, "labels", path + ".labels"), perLanguage(node, "questions", path + ".questions"));
    }

    private static Map<Language, String> perLanguage(JsonNode parent, String member, String path) {
        JsonNode node = parent.path(member);
        if (!node.isObject()) {
            throw new BrokenTemplate(path + ": an object with bg, ru and en is required");
        }
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            texts.put(language, text(node, language.code(), path + "." + language.code()));
        }
        return texts;
    }

    private static String text(JsonNode parent, String member, String path) {
        JsonNode node = parent.path(member);
        if (!node.isString() || node.stringValue().isBlank()) {
            throw new BrokenTemplate(path + ": a non-empty string is required");
        }
        return node.stringValue();
    }

    private static int positive(JsonNode parent, String member, String path) {
        JsonNode node = parent.path(member);
        if (!node.isIntegralNumber() || node.asInt() < 1) {
            throw new BrokenTemplate(path + ": a whole number ≥ 1 is required");
        }
        return node.asInt();
    }

    static final class BrokenTemplate extends RuntimeException {
        BrokenTemplate(String reason) {
            super(reason);
        }
    }
}
