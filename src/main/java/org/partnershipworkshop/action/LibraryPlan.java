package org.partnershipworkshop.action;

import java.util.List;

/** A library's plan of events for an action, at a revision (a change names the revision it was made on). */
public record LibraryPlan(long actionId, long libraryId, String library, long revision, List<LibraryEvent> events) {

    public LibraryPlan {
        events = List.copyOf(events);
    }
}
