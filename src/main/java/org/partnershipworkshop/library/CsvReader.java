package org.partnershipworkshop.library;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records of fields (RFC 4180): fields separated by the delimiter the header line uses
 * most (comma, semicolon — what a spreadsheet writes in Russian and Bulgarian — or tab), quoted fields with
 * {@code ""} for a quote and line breaks inside, CRLF or LF line ends. Each record knows its number, the
 * header being 1, as a spreadsheet counts its rows.
 */
final class CsvReader {

    /** One record: its row number and fields; {@code unclosed} when a quoted field ran to the end of the text. */
    record Row(int number, List<String> fields, boolean unclosed) {

        boolean blank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    private CsvReader() {
    }

    static List<Row> read(String text) {
        char delimiter = delimiter(text);
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                rows.add(new Row(rows.size() + 1, List.copyOf(fields), false));
                fields.clear();
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted || !field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            rows.add(new Row(rows.size() + 1, List.copyOf(fields), quoted));
        }
        return rows;
    }

    /** The delimiter found most often outside quotes in the first line; a comma when there is none. */
    static char delimiter(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                comma += c == ',' ? 1 : 0;
                semicolon += c == ';' ? 1 : 0;
                tab += c == '\t' ? 1 : 0;
            }
        }
        if (semicolon > comma && semicolon >= tab) {
            return ';';
        }
        return tab > comma ? '\t' : ',';
    }
}
