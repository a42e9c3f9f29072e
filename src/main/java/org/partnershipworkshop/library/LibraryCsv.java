package org.partnershipworkshop.library;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnershipworkshop.base.Csv;
import org.partnershipworkshop.base.Violation;

/**
 * The registry as CSV: a header row naming the columns (any order, any case; {@link #COLUMNS}), then one
 * library per row. UTF-8 (with or without a byte order mark); a file that is not UTF-8 is read as
 * Windows-1251, which spreadsheets write in Russian and Bulgarian. An unknown or repeated column is refused
 * (a misspelt column would otherwise lose its data). Problems are located as {@code row N, column}.
 */
final class LibraryCsv {

    /** The columns in their written order, each with the field it fills. */
    static final Map<String, String> COLUMNS = columns();
    static final List<String> REQUIRED = List.of("key", "name", "kind", "region");
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    /** Characters that make a spreadsheet read a cell as a formula; written behind an apostrophe. */

    /** What reading found: the libraries, or the problems (then no library is used). */
    record Read(List<RawLibrary> libraries, List<Violation> problems) {
    }

    private LibraryCsv() {
    }

    private static Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("key", RawLibrary.KEY);
        columns.put("name", RawLibrary.NAME);
        columns.put("kind", RawLibrary.KIND);
        columns.put("parent", RawLibrary.PARENT);
        columns.put("municipality_kind", RawLibrary.MUNICIPALITY_KIND);
        columns.put("municipality", RawLibrary.MUNICIPALITY);
        columns.put("region", RawLibrary.REGION);
        columns.put("address", RawLibrary.ADDRESS);
        columns.put("email", RawLibrary.EMAIL);
        columns.put("phone", RawLibrary.PHONE);
        columns.put("website", RawLibrary.WEBSITE);
        columns.put("archived", RawLibrary.ARCHIVED);
        return java.util.Collections.unmodifiableMap(columns);
    }

    static String at(int row, String column) {
        return column == null ? "row " + row : "row " + row + ", " + column;
    }

    static Read read(byte[] content) {
        List<CsvReader.Row> rows = CsvReader.read(decode(content));
        List<Violation> problems = new ArrayList<>();
        if (rows.isEmpty() || rows.getFirst().blank()) {
            problems.add(Violation.of(at(1, null), "library.csv.error.noHeader", String.join(", ", REQUIRED)));
            return new Read(List.of(), problems);
        }
        List<String> header = rows.getFirst().fields();
        Map<Integer, String> fieldOf = new HashMap<>();
        Map<String, String> columnOf = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String written = header.get(i).strip();
            String name = written.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
            String field = COLUMNS.get(name);
            if (written.isEmpty() && (i == header.size() - 1)) {
                continue; // a trailing delimiter on the header line
            }
            if (field == null) {
                problems.add(Violation.of(at(1, "column " + (i + 1)), "library.csv.error.unknownColumn", written,
                        String.join(", ", COLUMNS.keySet())));
            } else if (columnOf.containsKey(field)) {
                problems.add(Violation.of(at(1, "column " + (i + 1)), "library.csv.error.repeatedColumn", written));
            } else {
                fieldOf.put(i, field);
                columnOf.put(field, name);
            }
        }
        List<String> missing = REQUIRED.stream().filter(c -> !columnOf.containsKey(COLUMNS.get(c))).toList();
        if (!missing.isEmpty()) {
            problems.add(Violation.of(at(1, null), "library.csv.error.missingColumns", String.join(", ", missing)));
        }
        if (!problems.isEmpty()) {
            return new Read(List.of(), problems);
        }
        List<RawLibrary> libraries = new ArrayList<>();
        for (CsvReader.Row row : rows.subList(1, rows.size())) {
            if (row.unclosed()) {
                problems.add(Violation.of(at(row.number(), null), "library.csv.error.unclosedQuote"));
                continue;
            }
            if (row.blank()) {
                continue;
            }
            long extra = row.fields().stream().skip(header.size()).filter(f -> !f.isBlank()).count();
            if (extra > 0) {
                problems.add(Violation.of(at(row.number(), null), "library.csv.error.tooManyFields", header.size(),
                        row.fields().size()));
                continue;
            }
            Map<String, String> values = new HashMap<>();
            for (Map.Entry<Integer, String> column : fieldOf.entrySet()) {
                if (column.getKey() < row.fields().size()) {
                    values.put(column.getValue(), Csv.unprotect(row.fields().get(column.getKey())));
                }
            }
            int number = row.number();
            Function<String, String> at = field -> at(number, field == null ? null : columnOf.getOrDefault(field, field));
            libraries.add(new RawLibrary(values, at));
        }
        return new Read(libraries, problems);
    }

    /** UTF-8 when the bytes are UTF-8 (a byte order mark dropped), otherwise Windows-1251. */
    static String decode(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            text = new String(content, WINDOWS_1251);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The registry as CSV (see {@link Csv}): every column, one row per library. */
    static byte[] write(List<LibrarySummary> libraries, Function<Long, String> keyOf) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.copyOf(COLUMNS.keySet()));
        for (LibrarySummary library : libraries) {
            LibraryFacts f = library.facts();
            rows.add(List.of(f.key(), f.name(), f.kind().id(), orEmpty(f.parentId() == null ? null : keyOf.apply(f.parentId())),
                    f.municipality() == null ? "" : f.municipality().kind().id(),
                    f.municipality() == null ? "" : f.municipality().name(), f.region(), orEmpty(f.address()),
                    orEmpty(f.email()), orEmpty(f.phone()), orEmpty(f.website()), library.archived() ? "true" : "false"));
        }
        return Csv.write(rows);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

}
