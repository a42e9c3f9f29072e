package org.partnershipworkshop.plan;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words of terms in Russian, Bulgarian and English, lower case: months by their stems (every case form
 * and the usual abbreviations), ordinals, and the fixed phrases of the recurring and open terms.
 */
final class TermWords {

    /** Month stems, January first; a word is that month when it starts with a stem. */
    static final List<Pattern> MONTHS = List.of(
            stem("январ|янв|януар|яну|jan"), stem("феврал|февруар|фев|feb"), stem("март|мар|mar"),
            stem("апрел|април|апр|apr"), stem("ма[йяе]|may"), stem("июн|юни|jun"), stem("июл|юли|jul"),
            stem("август|авг|aug"), stem("сентябр|септемвр|сен|сеп|sep"), stem("октябр|октомвр|окт|oct"),
            stem("ноябр|ноемвр|ноя|ное|nov"), stem("декабр|декемвр|дек|dec"));

    /** Ordinals and numerals 1–4 (and 1–12 for times a year), as words or Roman numerals. */
    static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("i", 1), Map.entry("ii", 2), Map.entry("iii", 3), Map.entry("iv", 4),
            Map.entry("первый", 1), Map.entry("первое", 1), Map.entry("второй", 2), Map.entry("второе", 2),
            Map.entry("третий", 3), Map.entry("четвертый", 4), Map.entry("четвёртый", 4),
            Map.entry("първо", 1), Map.entry("първото", 1), Map.entry("второто", 2), Map.entry("второ", 2),
            Map.entry("трето", 3), Map.entry("третото", 3), Map.entry("четвърто", 4), Map.entry("четвъртото", 4),
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("1st", 1), Map.entry("2nd", 2), Map.entry("3rd", 3), Map.entry("4th", 4),
            Map.entry("один", 1), Map.entry("одна", 1), Map.entry("два", 2), Map.entry("две", 2), Map.entry("три", 3),
            Map.entry("четыре", 4), Map.entry("един", 1), Map.entry("веднъж", 1), Map.entry("четири", 4),
            Map.entry("шест", 6), Map.entry("шесть", 6), Map.entry("once", 1), Map.entry("twice", 2),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("six", 6));

    static final Pattern QUARTER_WORD = Pattern.compile("квартал\\p{L}*|кв|тримесечи\\p{L}*|quarter");
    static final Pattern HALF_WORD = Pattern.compile("полугоди\\p{L}*|шестмесечи\\p{L}*|half|half-year");

    static final List<String> MONTHLY = List.of("ежемесячно", "ежемесечно", "monthly", "каждый месяц", "всеки месец",
            "every month", "ежемесячно в течение года");
    static final List<String> QUARTERLY = List.of("ежеквартально", "ежетримесечно", "всяко тримесечие", "quarterly",
            "every quarter", "каждый квартал", "раз в квартал", "веднъж на тримесечие", "once a quarter");
    static final List<String> WEEKLY = List.of("еженедельно", "ежеседмично", "weekly", "every week", "каждую неделю",
            "всяка седмица");
    static final List<String> YEARLY = List.of("ежегодно", "annually", "yearly", "every year", "каждый год", "всяка година");
    static final List<String> ONGOING = List.of("постоянно", "в течение года", "в течение всего года", "в течении года",
            "в течение на годината", "през годината", "през цялата година", "целогодишно", "круглый год",
            "continuously", "ongoing", "permanently", "all year", "all year round", "year-round", "throughout the year",
            "during the year", "continuous");
    static final List<String> SCHEDULED = List.of("по графику", "по отдельному графику", "согласно графику",
            "по график", "по отделен график", "съгласно графика", "according to schedule", "as scheduled",
            "on a separate schedule", "by schedule", "according to the schedule", "per schedule");
    static final List<String> AS_NEEDED = List.of("по мере необходимости", "по необходимости", "при необходимости",
            "при необходимост", "при нужда", "според нуждите", "as needed", "when needed", "if needed", "as required",
            "as necessary");
    /** Words for "times a year": «2 раза в год», «2 пъти годишно», "2 times a year", "twice a year". */
    static final Pattern TIMES = Pattern.compile("(\\S+) (?:раза?|пъти|times)? ?(?:в год|в году|за год|в годину|годишно|"
            + "в годината|на година|a year|per year|yearly)");
    static final Pattern TIMES_SHORT = Pattern.compile("(once|twice) (?:a|per) year");

    private TermWords() {
    }

    private static Pattern stem(String stems) {
        return Pattern.compile("(?:" + stems + ")\\p{L}*\\.?");
    }

    /** The month (1–12) a word names, or 0. */
    static int month(String word) {
        for (int i = 0; i < MONTHS.size(); i++) {
            if (MONTHS.get(i).matcher(word).matches()) {
                return i + 1;
            }
        }
        return 0;
    }

    /** A number written as digits, a Roman numeral or an ordinal word, or 0. */
    static int number(String word) {
        String w = word.replaceAll("[.\\-]$", "");
        if (w.matches("\\d{1,2}(?:-?(?:й|я|е|ое|ый|ри|ви|то|st|nd|rd|th))?")) {
            return Integer.parseInt(w.replaceAll("\\D", ""));
        }
        return NUMBERS.getOrDefault(w, 0);
    }
}
