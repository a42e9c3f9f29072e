package org.partnershipworkshop.plan;

/** What a row produces in the product: a meeting of the calendar, a practice of the catalogue, a publication (a reference), a network action (by id: its dates, and once it ended the participants of its libraries' held events). */
public enum LinkKind {
    MEETING, PRACTICE, PUBLICATION, ACTION;

    public String labelKey() {
        return "plan.linkKind." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
