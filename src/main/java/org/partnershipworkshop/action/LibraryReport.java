package org.partnershipworkshop.action;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A library's analytic report on an action: whose, where it stands (late: submitted after the due day;
 * overdue: not in yet after it), the coordinator's review, the figures as counted and as the library reports
 * them, and the text by section (the template's field ids: course, highlights, results, positives, problems,
 * feedback, recommendations) at its revision.
 */
public record LibraryReport(long actionId, long libraryId, String library, String municipality, ReportStatus status,
                            Instant submittedAt, boolean late, boolean overdue, Instant reviewedAt, String reviewedBy,
                            String comment, ReportFigures.Counted counted, ReportFigures corrections,
                            ReportFigures.Counted reported, long revision, Map<String, List<String>> sections) {

    public static final List<String> SECTIONS = List.of("course", "highlights", "results", "positives", "problems",
            "feedback", "recommendations");

    public List<String> section(String id) {
        return sections.getOrDefault(id, List.of());
    }

    public boolean isEmpty() {
        return sections.values().stream().allMatch(List::isEmpty);
    }
}
