package org.partnershipworkshop.security;

import java.util.Optional;

/**
 * The libraries an account can belong to, as the library registry answers (the registry is a feature above
 * this module and implements this port; accounts hold a library's id only).
 */
public interface LibraryDirectory {

    /** The library's name, when the registry holds a library of this id (archived ones too). */
    Optional<String> name(long libraryId);

    /** Whether a new account may be bound to the library: it exists and is not archived. */
    boolean acceptsAccounts(long libraryId);
}
