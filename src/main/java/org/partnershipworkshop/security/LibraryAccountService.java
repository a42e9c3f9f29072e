package org.partnershipworkshop.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.partnershipworkshop.audit.AuditService;
import org.partnershipworkshop.base.Access;
import org.partnershipworkshop.base.Actor;
import org.partnershipworkshop.base.NotFoundException;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts of the region's libraries (role LIBRARY, each bound to one library for good): coordinators
 * (facilitators and above) create them on the library's page and pass on a one-time invitation link with
 * which the holder sets the password; no e-mail is sent. A new link ends the earlier unused ones; a used or
 * expired link does nothing. Coordinators may disable and enable such accounts, and only such accounts.
 */
@Service
public class LibraryAccountService {

    /** How long an invitation link works. */
    public static final Duration INVITATION_VALID = Duration.ofDays(7);
    public static final String INVITATION_PATH = "/invitation/";
    private static final String ANYONE = "permitAll()";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository accounts;
    private final InvitationRepository invitations;
    private final PasswordEncoder passwords;
    private final ObjectProvider<LibraryDirectory> libraries;
    private final AuditService audit;
    private final Clock clock;

    LibraryAccountService(AccountRepository accounts, InvitationRepository invitations, PasswordEncoder passwords,
                          ObjectProvider<LibraryDirectory> libraries, AuditService audit, Optional<Clock> clock) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.passwords = passwords;
        this.libraries = libraries;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * A new account of the library, without a usable password until its holder opens the invitation link
     * that comes back (shown once). The library must exist and not be archived; the user name must be free.
     */
    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public Invitation create(long libraryId, String username, String displayName) {
        NewAccount checked = new NewAccount(username, displayName, Role.LIBRARY, randomText(24));
        LibraryDirectory directory = libraries.getIfAvailable();
        if (directory == null || !directory.acceptsAccounts(libraryId)) {
            throw new ValidationFailedException(Violation.of("library", "accounts.error.libraryClosed"));
        }
        if (accounts.findByUsername(checked.username()).isPresent()) {
            throw new ValidationFailedException(Violation.of("username", "error.usernameTaken", checked.username()));
        }
        AccountEntity account = accounts.save(AccountEntity.ofLibrary(libraryId, checked.username(),
                checked.displayName(), passwords.encode(checked.password()), clock.instant()));
        audit.record("account.created", "account " + account.username(), "library " + libraryId);
        return issue(account);
    }

    /** The library's accounts, by user name. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.FACILITATOR)
    public List<LibraryAccount> accounts(long libraryId) {
        List<AccountEntity> own = accounts.findByLibraryIdOrderByUsername(libraryId);
        Instant now = clock.instant();
        Map<Long, List<InvitationEntity>> links = invitations.findByAccountIdIn(own.stream().map(AccountEntity::id).toList())
                .stream().collect(Collectors.groupingBy(InvitationEntity::accountId));
        return own.stream().map(a -> {
            List<InvitationEntity> mine = links.getOrDefault(a.id(), List.of());
            boolean passwordSet = mine.stream().anyMatch(i -> i.usedAt() != null);
            Instant validUntil = mine.stream().filter(i -> i.valid(now)).map(InvitationEntity::expiresAt)
                    .max(Instant::compareTo).orElse(null);
            return new LibraryAccount(a.toSummary(), passwordSet, validUntil);
        }).toList();
    }

    /**
     * A new invitation link for a library's account (a first one that expired, or a forgotten password): the
     * earlier unused links stop working; the current password keeps working until the new one is set.
     */
    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public Invitation invite(long accountId) {
        AccountEntity account = libraryAccount(accountId);
        Invitation invitation = issue(account);
        audit.record("account.invited", "account " + account.username(), "library " + account.libraryId());
        return invitation;
    }

    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public void setEnabled(long accountId, boolean enabled) {
        AccountEntity account = libraryAccount(accountId);
        account.setEnabled(enabled);
        audit.record("account.updated", "account " + account.username(), enabled ? "enabled" : "disabled");
    }

    /** What an invitation link shows before the password is set; empty when the link is unknown, used or expired. */
    @Transactional(readOnly = true)
    @PreAuthorize(ANYONE)
    public Optional<PendingInvitation> invitation(String token) {
        return valid(token).flatMap(i -> accounts.findById(i.accountId()).map(a -> new PendingInvitation(a.username(),
                a.toSummary().displayName(), libraryName(a), i.expiresAt())));
    }

    /**
     * Sets the account's password with the invitation link, once; answers the user name to sign in with.
     * An unknown, used or expired link changes nothing.
     */
    @Transactional
    @PreAuthorize(ANYONE)
    public String accept(String token, String password) {
        InvitationEntity invitation = valid(token)
                .orElseThrow(() -> ValidationFailedException.of("accounts.error.invitationInvalid"));
        AccountEntity account = accounts.findById(invitation.accountId())
                .orElseThrow(() -> ValidationFailedException.of("accounts.error.invitationInvalid"));
        account.setPasswordHash(passwords.encode(NewAccount.checkPassword(password)));
        invitation.use(clock.instant());
        audit.recordAs(account.username(), "account.password", "account " + account.username(), "set with an invitation");
        return account.username();
    }

    private Invitation issue(AccountEntity account) {
        Instant now = clock.instant();
        invitations.findByAccountIdOrderByIdDesc(account.id()).forEach(i -> i.end(now));
        String token = randomToken();
        InvitationEntity saved = invitations.save(new InvitationEntity(account.id(), hash(token), now, Actor.current(),
                now.plus(INVITATION_VALID)));
        return new Invitation(account.toSummary(), INVITATION_PATH + token, saved.expiresAt());
    }

    private Optional<InvitationEntity> valid(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return invitations.findByTokenHash(hash(token.strip())).filter(i -> i.valid(clock.instant()));
    }

    private AccountEntity libraryAccount(long accountId) {
        AccountEntity account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
        if (account.role() != Role.LIBRARY) {
            // a coordinator manages the accounts of libraries only; everything else is the administrator's
            throw ValidationFailedException.of("accounts.error.notLibraryAccount");
        }
        return account;
    }

    private String libraryName(AccountEntity account) {
        LibraryDirectory directory = libraries.getIfAvailable();
        return account.libraryId() == null || directory == null ? null : directory.name(account.libraryId()).orElse(null);
    }

    /** 256 random bits, URL-safe. */
    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String randomText(int length) {
        return randomToken().substring(0, length);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
