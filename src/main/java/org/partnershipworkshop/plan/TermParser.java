package org.partnershipworkshop.plan;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a term as people write it in Russian, Bulgarian or English (decision 0141): dates, ranges, months,
 * spans of months, quarters, half-years, the recurring terms («Ежемесячно», «2 раза в год») and the open ones
 * («Постоянно», «По графику», «По мере необходимости»). Several pieces may be written in one term, one a line
 * or separated by «;», «,» or «и». A piece it does not understand becomes {@link TermKind#UNKNOWN}; nothing is
 * ever refused. A four-digit year in a piece wins over the plan's year.
 */
public final class TermParser {

    private static final Pattern PIECES = Pattern.compile("[\\n;,]+|\\s+(?:и|and)\\s+");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)\\s*(?:г\\.?|года|година|год|г)?");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.?(?:(\\d{2,4}))?");
    private static final Pattern QUARTER_SHORT = Pattern.compile("q([1-4])");
    private static final Pattern HALF_SHORT = Pattern.compile("h([12])");
    private static final Pattern PREFIX = Pattern.compile("^(?:не позднее|не позже|не по-късно от|not later than|no later than|"
            + "в|во|през|in|during|до|by|к|on|с|от|from|срок)\\s+");
    private static final Pattern BETWEEN = Pattern.compile("\\s+(?:по|до|to|through|till|until)\\s+");
    private static final Pattern OF_YEAR = Pattern.compile("\\s+(?:of the year|of year|года|на годината|на година|годы)$");

    private TermParser() {
    }

    /** The term for a plan of {@code year}; {@code text} null or blank is a row without a term. */
    public static Term parse(String text, int year) {
        if (text == null || text.isBlank()) {
            return new Term(text == null ? "" : text, List.of());
        }
        List<Term.Part> parts = new ArrayList<>();
        for (String piece : PIECES.split(text)) {
            if (!piece.isBlank()) {
                parts.add(piece(piece.strip(), year));
            }
        }
        return new Term(text, parts);
    }

    static Term.Part piece(String written, int planYear) {
        String t = written.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[–—−‒]", "-")
                .replaceAll("[«»\"“”]", "").replaceAll("\\s+", " ").strip().replaceAll("[.!]+$", "").strip();
        TermKind fixed = phrase(t);
        if (fixed != null) {
            return new Term.Part(written, fixed, recurring(fixed, 0, planYear));
        }
        int year = planYear;
        Matcher iso = ISO.matcher(t);
        if (iso.matches()) {
            return dated(written, TermKind.DATE, () -> List.of(Occasion.on(LocalDate.of(
                    Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3))))));
        }
        Matcher yearMatch = YEAR.matcher(t);
        if (yearMatch.find()) {
            year = Integer.parseInt(yearMatch.group(1));
            t = (t.substring(0, yearMatch.start()) + t.substring(yearMatch.end())).strip();
        }
        t = PREFIX.matcher(t).replaceFirst("");
        t = OF_YEAR.matcher(t).replaceFirst("");
        fixed = phrase(t);
        if (fixed != null) {
            return new Term.Part(written, fixed, recurring(fixed, 0, year));
        }
        Matcher times = TermWords.TIMES.matcher(t);
        Matcher timesShort = TermWords.TIMES_SHORT.matcher(t);
        int n = timesShort.matches() ? TermWords.number(timesShort.group(1))
                : times.matches() ? TermWords.number(times.group(1)) : 0;
        if (n >= 1 && n <= 12) {
            return new Term.Part(written, TermKind.TIMES_A_YEAR, recurring(TermKind.TIMES_A_YEAR, n, year));
        }
        Matcher numeric = NUMERIC.matcher(t);
        if (numeric.matches()) {
            int y = numeric.group(3) == null ? year : Integer.parseInt(numeric.group(3));
            int fullYear = y < 100 ? 2000 + y : y;
            return dated(written, TermKind.DATE, () -> List.of(Occasion.on(LocalDate.of(fullYear,
                    Integer.parseInt(numeric.group(2)), Integer.parseInt(numeric.group(1))))));
        }
        return tokens(written, BETWEEN.matcher(t).replaceAll(" - "), year);
    }

    /** The shapes made of numbers, months, dashes and quarter or half-year words. */
    private static Term.Part tokens(String written, String t, int year) {
        String[] words = t.replace("-", " - ").trim().split("\\s+");
        List<Integer> values = new ArrayList<>();
        StringBuilder shape = new StringBuilder();
        for (String raw : words) {
            String w = raw.replaceAll("\\.$", "");
            int month = TermWords.month(w);
            Matcher q = QUARTER_SHORT.matcher(w);
            Matcher h = HALF_SHORT.matcher(w);
            if (w.equals("-")) {
                shape.append('-');
            } else if (q.matches()) {
                shape.append('Q');
                values.add(Integer.parseInt(q.group(1)));
            } else if (h.matches()) {
                shape.append('H');
                values.add(Integer.parseInt(h.group(1)));
            } else if (TermWords.QUARTER_WORD.matcher(w).matches()) {
                shape.append('q');
            } else if (TermWords.HALF_WORD.matcher(w).matches()) {
                shape.append('h');
            } else if (TermWords.number(w) > 0) {
                shape.append('N');
                values.add(TermWords.number(w));
            } else if (month > 0) {
                shape.append('M');
                values.add(month);
            } else if (!w.matches("of|the|на|г|год")) {
                return unknown(written);
            }
        }
        List<Integer> v = values;
        return switch (shape.toString()) {
            case "NM" -> dated(written, TermKind.DATE, () -> List.of(Occasion.on(LocalDate.of(year, v.get(1), v.get(0)))));
            case "MN" -> dated(written, TermKind.DATE, () -> List.of(Occasion.on(LocalDate.of(year, v.get(0), v.get(1)))));
            case "N-NM" -> range(written, () -> LocalDate.of(year, v.get(2), v.get(0)), () -> LocalDate.of(year, v.get(2), v.get(1)));
            case "MN-N" -> range(written, () -> LocalDate.of(year, v.get(0), v.get(1)), () -> LocalDate.of(year, v.get(0), v.get(2)));
            case "NM-NM" -> range(written, () -> LocalDate.of(year, v.get(1), v.get(0)), () -> LocalDate.of(year, v.get(3), v.get(2)));
            case "MN-MN" -> range(written, () -> LocalDate.of(year, v.get(0), v.get(1)), () -> LocalDate.of(year, v.get(2), v.get(3)));
            case "M" -> dated(written, TermKind.MONTH, () -> List.of(Occasion.months(YearMonth.of(year, v.get(0)),
                    YearMonth.of(year, v.get(0)))));
            case "M-M" -> v.get(1) <= v.get(0) ? unknown(written) : dated(written, TermKind.MONTHS,
                    () -> List.of(Occasion.months(YearMonth.of(year, v.get(0)), YearMonth.of(year, v.get(1)))));
            case "Nq", "qN", "Q" -> v.get(0) > 4 ? unknown(written) : dated(written, TermKind.QUARTER,
                    () -> List.of(quarter(year, v.get(0))));
            case "Nh", "hN", "H" -> v.get(0) > 2 ? unknown(written) : dated(written, TermKind.HALF_YEAR,
                    () -> List.of(Occasion.months(YearMonth.of(year, v.get(0) * 6 - 5), YearMonth.of(year, v.get(0) * 6))));
            default -> unknown(written);
        };
    }

    private static TermKind phrase(String t) {
        if (TermWords.MONTHLY.contains(t)) {
            return TermKind.MONTHLY;
        }
        if (TermWords.QUARTERLY.contains(t)) {
            return TermKind.QUARTERLY;
        }
        if (TermWords.WEEKLY.contains(t)) {
            return TermKind.WEEKLY;
        }
        if (TermWords.YEARLY.contains(t)) {
            return TermKind.YEARLY;
        }
        if (TermWords.ONGOING.contains(t)) {
            return TermKind.ONGOING;
        }
        if (TermWords.SCHEDULED.contains(t)) {
            return TermKind.SCHEDULED;
        }
        return TermWords.AS_NEEDED.contains(t) ? TermKind.AS_NEEDED : null;
    }

    /** The occasions of a recurring term over the year ({@code times} for {@link TermKind#TIMES_A_YEAR}). */
    private static List<Occasion> recurring(TermKind kind, int times, int year) {
        List<Occasion> occasions = new ArrayList<>();
        switch (kind) {
            case MONTHLY, WEEKLY -> {
                for (int m = 1; m <= 12; m++) {
                    occasions.add(Occasion.months(YearMonth.of(year, m), YearMonth.of(year, m)));
                }
            }
            case QUARTERLY -> {
                for (int q = 1; q <= 4; q++) {
                    occasions.add(quarter(year, q));
                }
            }
            case YEARLY -> occasions.add(Occasion.months(YearMonth.of(year, 1), YearMonth.of(year, 12)));
            case TIMES_A_YEAR -> {
                for (int k = 0; k < times; k++) {
                    int from = 1 + Math.round(12f * k / times);
                    int to = Math.round(12f * (k + 1) / times);
                    occasions.add(Occasion.months(YearMonth.of(year, from), YearMonth.of(year, to)));
                }
            }
            default -> {
            }
        }
        return occasions;
    }

    private static Occasion quarter(int year, int q) {
        return Occasion.months(YearMonth.of(year, q * 3 - 2), YearMonth.of(year, q * 3));
    }

    private interface Dates {
        List<Occasion> get();
    }

    private interface Day {
        LocalDate get();
    }

    private static Term.Part dated(String written, TermKind kind, Dates dates) {
        try {
            return new Term.Part(written, kind, dates.get());
        } catch (DateTimeException | IllegalArgumentException e) {
            return unknown(written); // 31 February, month 13: kept as written, marked
        }
    }

    private static Term.Part range(String written, Day start, Day end) {
        return dated(written, TermKind.RANGE, () -> List.of(new Occasion(start.get(), end.get())));
    }

    private static Term.Part unknown(String written) {
        return new Term.Part(written, TermKind.UNKNOWN, List.of());
    }
}
