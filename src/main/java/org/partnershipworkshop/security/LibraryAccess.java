package org.partnershipworkshop.security;

import java.util.Optional;
import org.partnershipworkshop.base.Access;
import org.partnershipworkshop.base.Roles;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The check behind {@link Access}'s library rules: is the caller the account of this library? The binding is
 * read from the account on every check, so a disabled account loses its rights at once, also in a session
 * that is still open.
 */
@Service("libraryAccess")
public class LibraryAccess {

    private final AccountRepository accounts;

    LibraryAccess(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** Whether the caller signed in with an enabled account of library {@code libraryId}. */
    @Transactional(readOnly = true)
    public boolean isOwn(Long libraryId) {
        return libraryId != null && ownLibrary().map(libraryId::equals).orElse(false);
    }

    /** The library whose enabled account the caller signed in with, if it did. */
    @Transactional(readOnly = true)
    public Optional<Long> ownLibrary() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (!Roles.has(auth, Roles.LIBRARY)) {
            return Optional.empty();
        }
        return accounts.findByUsername(auth.getName())
                .filter(a -> a.enabled() && a.role() == Role.LIBRARY)
                .map(AccountEntity::libraryId);
    }
}
