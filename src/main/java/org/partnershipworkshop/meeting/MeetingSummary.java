package org.partnershipworkshop.meeting;

import java.time.LocalDate;
import org.partnershipworkshop.base.Language;

/** A meeting as the list shows it. */
public record MeetingSummary(long id, String title, String kind, LocalDate startDate, LocalDate endDate,
                             String venue, Language language, int groupCount) {
}
