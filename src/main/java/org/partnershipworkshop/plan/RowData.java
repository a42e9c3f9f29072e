package org.partnershipworkshop.plan;

import java.util.List;

/** What a person writes into a row; the plan keeps it with the row's id, facts and revision ({@link Row}). */
public record RowData(String text, boolean heading, int level, String term, List<String> responsible, String audience,
                      boolean forLibraries, ActivityForm form, String place, Link link, String note) {

    public RowData {
        responsible = responsible == null ? List.of() : List.copyOf(responsible);
    }

    public static RowData activity(String text, String term, List<String> responsible) {
        return new RowData(text, false, 0, term, responsible, null, false, null, null, null, null);
    }
}
