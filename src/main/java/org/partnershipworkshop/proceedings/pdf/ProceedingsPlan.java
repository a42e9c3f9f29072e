package org.partnershipworkshop.proceedings.pdf;

import java.util.ArrayList;
import java.util.List;
import org.partnershipworkshop.documents.Labels;
import org.partnershipworkshop.documents.SectionPlan;
import org.partnershipworkshop.documents.SectionPlan.Entry;

/**
 * The proceedings' sections in order: the meeting, the groups, the overview, the network, the feedback.
 * Level 1 is a part of the document, level 2 a section within it (a group, the partner index, …).
 */
final class ProceedingsPlan {

    static final String MEETING = "meeting";
    static final String PEOPLE = "people";
    static final String PROGRAMME = "programme";
    static final String GROUPS = "groups";
    static final String OVERVIEW = "overview";
    static final String SERVICES = "services";
    static final String PARTNERS = "partners";
    static final String BUDGET = "budget";
    static final String VOTES = "votes";
    static final String NETWORK = "network";
    static final String FEEDBACK = "feedback";

    private ProceedingsPlan() {
    }

    static SectionPlan of(Proceedings p, Labels labels) {
        List<Entry> e = new ArrayList<>();
        e.add(new Entry(MEETING, labels.text("proceedings.meeting"), 1, null));
        e.add(new Entry(PEOPLE, labels.text("proceedings.people"), 2, MEETING));
        e.add(new Entry(PROGRAMME, labels.text("proceedings.programme"), 2, MEETING));
        e.add(new Entry(GROUPS, labels.text("proceedings.groups"), 1, null));
        for (GroupSheet g : p.groups()) {
            e.add(new Entry(groupId(g), groupTitle(g, labels), 2, GROUPS));
        }
        e.add(new Entry(OVERVIEW, labels.text("proceedings.overview"), 1, null));
        e.add(new Entry(SERVICES, labels.text("proceedings.services"), 2, OVERVIEW));
        e.add(new Entry(PARTNERS, labels.text("proceedings.partners"), 2, OVERVIEW));
        e.add(new Entry(BUDGET, labels.text("proceedings.budget"), 2, OVERVIEW));
        if (p.overview().votes().isPresent()) {
            e.add(new Entry(VOTES, labels.text("proceedings.votes"), 2, OVERVIEW));
        }
        e.add(new Entry(NETWORK, labels.text("proceedings.network"), 1, null));
        e.add(new Entry(FEEDBACK, labels.text("proceedings.feedback"), 1, null));
        return SectionPlan.of(e);
    }

    static String groupId(GroupSheet g) {
        return "group-" + g.number();
    }

    static String groupTitle(GroupSheet g, Labels labels) {
        return groupTitle(g.number(), g.name(), labels);
    }

    /** "Group 3: Unemployed", as every part of the document names a group (the number without grouping). */
    static String groupTitle(int number, String name, Labels labels) {
        return labels.text("proceedings.group.title", String.valueOf(number), name);
    }
}
