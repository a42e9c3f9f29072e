package org.partnershipworkshop.base;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV as every export writes it (decision 0174): RFC 4180, UTF-8 with a byte order mark (so a spreadsheet reads
 * the Cyrillic), CRLF between rows, user text cleaned of control characters. A cell a spreadsheet would run as a
 * formula or as DDE — starting with {@code = + - @}, a tab or a carriage return — gets an apostrophe in front, unless
 * it is a plain number such as {@code -5}; {@link #unprotect} takes it back on import.
 */
public final class Csv {

    private static final String FORMULA_START = "=+-@\t\r";

    private Csv() {
    }

    /** The rows, the first one the header, as CSV bytes. */
    public static byte[] write(List<List<String>> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        for (List<String> row : rows) {
            out.append(row.stream().map(Csv::cell).collect(Collectors.joining(","))).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One cell: protected against formulas, quoted when it holds a separator, a quote or a line break. */
    public static String cell(String value) {
        String v = value == null ? "" : Text.clean(value);
        if (!v.isEmpty() && FORMULA_START.indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?([eE]-?\\d+)?")) {
            v = "'" + v;
        }
        boolean quote = v.chars().anyMatch(c -> c == '"' || c == ',' || c == ';' || c == '\r' || c == '\n');
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    /** A cell as read back: the apostrophe {@link #cell} put before a formula-like start taken away. */
    public static String unprotect(String value) {
        String v = value.strip();
        return v.length() > 1 && v.charAt(0) == '\'' && FORMULA_START.indexOf(v.charAt(1)) >= 0 ? v.substring(1) : value;
    }
}
