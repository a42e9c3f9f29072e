package org.partnershipworkshop.library.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.partnershipworkshop.library.LibraryDetails;
import org.partnershipworkshop.library.LibraryFacts;

/** One library as {@code GET /api/libraries/{libraryId}} answers it; members without a value are left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record LibraryResource(long id, long version, String key, String name, String kind, Long parentId, Place municipality,
                   String region, String address, String email, String phone, String website, boolean archived,
                   Instant updatedAt) {

    record Place(String kind, String name) {
    }

    static LibraryResource of(LibraryDetails library) {
        LibraryFacts f = library.facts();
        return new LibraryResource(library.id(), library.version(), f.key(), f.name(), f.kind().id(), f.parentId(),
                f.municipality() == null ? null : new Place(f.municipality().kind().id(), f.municipality().name()),
                f.region(), f.address(), f.email(), f.phone(), f.website(), library.archived(), library.updatedAt());
    }
}
