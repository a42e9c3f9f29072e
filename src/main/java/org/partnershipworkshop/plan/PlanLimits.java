package org.partnershipworkshop.plan;

import java.util.regex.Pattern;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;

/** The plan's limits and its id rule: ids are the plan's own (letters, digits, dash, underscore), kept by every export. */
public final class PlanLimits {

    public static final int ROWS = 10_000;
    public static final int INDICATORS = 2_000;
    public static final int SECTIONS = 1_000;
    public static final int DEPTH = 5;
    public static final int STAFF = 300;
    public static final int FACTS = 120;
    public static final int LIST_ITEMS = 200;
    public static final int FIRST_YEAR = 1990;
    public static final int LAST_YEAR = 2200;
    /** The responsible group «Все методисты»: every staff member marked as a methodologist. */
    public static final String ALL_METHODISTS = "all-methodists";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    private PlanLimits() {
    }

    public static String id(String id, String path) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new ValidationFailedException(Violation.of(path, "plan.error.id"));
        }
        return id;
    }
}
