package org.partnershipworkshop.action;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;

/**
 * The report's figures — events held, participants, survey answers — as the library corrects them; a figure
 * left empty is the one the product counted (its plan of events, the survey).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportFigures(Integer events, Integer participants, Integer answers) {

    public static final ReportFigures COUNTED = new ReportFigures(null, null, null);

    public ReportFigures {
        check(events, "events");
        check(participants, "participants");
        check(answers, "answers");
    }

    private static void check(Integer value, String path) {
        if (value != null && (value < 0 || value > Outcome.MAX_PARTICIPANTS)) {
            throw new ValidationFailedException(Violation.of(path, "action.error.participants", Outcome.MAX_PARTICIPANTS));
        }
    }

    /** The figures as reported: the library's where it gave one, the counted ones otherwise. */
    public Counted over(Counted counted) {
        return new Counted(events == null ? counted.events() : events,
                participants == null ? counted.participants() : participants,
                answers == null ? counted.answers() : answers);
    }

    /** Events held, participants, survey answers. */
    public record Counted(int events, int participants, long answers) {
    }
}
