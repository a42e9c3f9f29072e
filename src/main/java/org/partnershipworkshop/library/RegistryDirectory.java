package org.partnershipworkshop.library;

import java.util.Optional;
import org.partnershipworkshop.security.LibraryDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers the accounts' questions about libraries (security.LibraryDirectory) from the registry. */
@Component
class RegistryDirectory implements LibraryDirectory {

    private final LibraryRepository libraries;

    RegistryDirectory(LibraryRepository libraries) {
        this.libraries = libraries;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> name(long libraryId) {
        return libraries.findById(libraryId).map(LibraryEntity::name);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean acceptsAccounts(long libraryId) {
        return libraries.findById(libraryId).map(l -> !l.archived()).orElse(false);
    }
}
