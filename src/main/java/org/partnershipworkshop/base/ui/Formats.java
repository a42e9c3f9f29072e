package org.partnershipworkshop.base.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Dates, times and money as people of each language write them. */
public final class Formats {

    private Formats() {
    }

    public static String dates(LocalDate start, LocalDate end, Locale locale) {
        DateTimeFormatter full = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        if (end == null || end.equals(start)) {
            return full.format(start);
        }
        return full.format(start) + " – " + full.format(end);
    }

    public static String time(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneId.systemDefault()).format(instant);
    }

    public static String amount(BigDecimal amount, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        format.setMinimumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        return format.format(amount);
    }

    public static String totals(Map<String, BigDecimal> totals, Locale locale) {
        return totals.entrySet().stream().map(e -> amount(e.getValue(), locale) + " " + e.getKey())
                .collect(Collectors.joining(" · "));
    }
}
