package org.partnershipworkshop.action;

import java.time.LocalDate;
import java.util.List;

/** The coordinator's view of an action: the action, each library's standing, the survey's total, today. */
public record Dashboard(ActionDetails action, List<Standing> libraries, long answers, LocalDate today) {

    public Dashboard {
        libraries = List.copyOf(libraries);
    }

    public long reports(ReportStatus status) {
        return libraries.stream().filter(s -> s.report() == status).count();
    }
}
