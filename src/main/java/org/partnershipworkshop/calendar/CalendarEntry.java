package org.partnershipworkshop.calendar;

import java.time.LocalDate;
import java.util.List;

/** A meeting as the regional calendar shows it: when, where, for which regions, and its status. */
public record CalendarEntry(long id, String title, String kind, LocalDate startDate, LocalDate endDate, String venue,
                            List<String> regions, MeetingStatus status) {

    public CalendarEntry {
        regions = List.copyOf(regions);
    }

    /** Whether the meeting takes place on that day. */
    public boolean on(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }
}
