package org.partnershipworkshop.interchange;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Our extension member {@code startsAt} of a presentation: when the programme item starts, as an ISO
 * date ({@code 2012-05-17}) or a local date and time ({@code 2012-05-17T10:30}); readers of plain
 * meeting-v1 ignore it. Written to the minute, so an export imported again writes the same text.
 */
final class StartsAt {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

    /** Day and time (time may be null) of an item. */
    record When(LocalDate date, LocalTime time) {
    }

    private StartsAt() {
    }

    static String write(LocalDate date, LocalTime time) {
        if (date == null) {
            return null;
        }
        return time == null ? date.toString() : MINUTES.format(LocalDateTime.of(date, time));
    }

    /** The day and time the text names, or null when it names neither. */
    static When parse(String text) {
        try {
            if (text.length() <= 10) {
                return new When(LocalDate.parse(text), null);
            }
            LocalDateTime at = LocalDateTime.parse(text);
            return new When(at.toLocalDate(), at.toLocalTime());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
