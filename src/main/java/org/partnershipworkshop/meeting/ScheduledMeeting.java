package org.partnershipworkshop.meeting;

import java.time.LocalDate;
import java.util.List;

/** A meeting as a calendar places it: when, where and for which regions. */
public record ScheduledMeeting(long id, String title, String kind, LocalDate startDate, LocalDate endDate, String venue,
                               List<String> regions) {

    public ScheduledMeeting {
        regions = List.copyOf(regions);
    }
}
