package org.partnershipworkshop.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.partnershipworkshop.base.JsonChecks;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import tools.jackson.databind.JsonNode;

/**
 * What a client sends about a plan, read with the path of every problem: a month ({@code 2013-03}) and a row's
 * fact ({@code {month?, status, date?, movedTo?, reason?, note?, participants?}}). A malformed value is refused
 * at its path, never guessed.
 */
public final class PlanRequests {

    private PlanRequests() {
    }

    /** A month as {@code YYYY-MM}; {@code path} names where it came from (a query parameter, a member). */
    public static YearMonth month(String text, String path) {
        if (text == null || text.isBlank()) {
            throw new ValidationFailedException(Violation.of(path, "error.required"));
        }
        try {
            if (text.strip().matches("\\d{4}-\\d{2}")) {
                return YearMonth.parse(text.strip());
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new ValidationFailedException(Violation.of(path, "plan.error.month", text));
    }

    /** A row's fact as JSON; every problem is reported at its member, and nothing of a refused fact is kept. */
    public static FactInput fact(byte[] body) {
        JsonNode root = JsonChecks.parse(body);
        if (!root.isObject()) {
            throw new ValidationFailedException(Violation.of("", "error.notObject"));
        }
        JsonChecks checks = new JsonChecks();
        YearMonth month = null;
        String monthText = checks.text(root, "month", "", false, 0, 20);
        if (monthText != null) {
            try {
                month = month(monthText, "month");
            } catch (ValidationFailedException e) {
                e.violations().forEach(v -> checks.problem(v.path(), v.key(), v.args().toArray()));
            }
        }
        FactStatus status = null;
        String statusText = checks.text(root, "status", "", true, 1, 20);
        if (statusText != null) {
            for (FactStatus s : FactStatus.values()) {
                if (s.name().equalsIgnoreCase(statusText.strip())) {
                    status = s;
                }
            }
            if (status == null) {
                checks.problem(".status", "plan.error.oneOf", statusText, "planned, done, moved, cancelled");
            }
        }
        LocalDate date = root.hasNonNull("date") ? checks.date(root, "date", "") : null;
        LocalDate movedTo = root.hasNonNull("movedTo") ? checks.date(root, "movedTo", "") : null;
        String reason = checks.text(root, "reason", "", false, 0, Limits.TEXT);
        String note = checks.text(root, "note", "", false, 0, Limits.LONG_TEXT);
        Integer participants = checks.integer(root, "participants", "", false, 0);
        if (!checks.problems().isEmpty()) {
            throw new ValidationFailedException(checks.problems().stream()
                    .map(v -> new Violation(v.path().replaceFirst("^\\.", ""), v.key(), v.args())).toList());
        }
        return new FactInput(month, status, date, movedTo, reason, note, participants);
    }
}
