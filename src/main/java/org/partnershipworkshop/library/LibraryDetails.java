package org.partnershipworkshop.library;

import java.time.Instant;

/** One library of the registry with its version (for a change that must not overwrite another's) and who changed it last. */
public record LibraryDetails(long id, long version, LibraryFacts facts, boolean archived, Instant updatedAt,
                             String updatedBy) {

    public String name() {
        return facts.name();
    }
}
