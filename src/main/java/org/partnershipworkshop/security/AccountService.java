package org.partnershipworkshop.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.partnershipworkshop.audit.AuditService;
import org.partnershipworkshop.base.Access;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.NotFoundException;
import org.partnershipworkshop.base.Rules;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: sign-in lookup, the first admin, and account management by admins. */
@Service
public class AccountService implements UserDetailsService {

    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789";

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final AuditService audit;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordEncoder passwords, AuditService audit, Optional<Clock> clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AccountEntity account = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("no account " + username));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .disabled(!account.enabled())
                .authorities(AuthorityUtils.createAuthorityList(account.role().authorities()))
                .build();
    }

    /**
     * On an installation without accounts, creates {@code admin} with the given password, or with a random
     * one when none is given. Returns the password it generated, if it did.
     */
    @Transactional
    public Optional<String> createFirstAdmin(String password) {
        if (accounts.count() > 0) {
            return Optional.empty();
        }
        boolean generate = password == null || password.isBlank();
        String chosen = generate ? randomPassword() : password;
        accounts.save(new AccountEntity("admin", "Administrator", passwords.encode(chosen), Role.ADMIN, clock.instant()));
        audit.record("account.created", "account admin", "first administrator");
        return generate ? Optional.of(chosen) : Optional.empty();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.ADMIN)
    public List<AccountSummary> list() {
        return accounts.findAllByOrderByUsername().stream().map(AccountEntity::toSummary).toList();
    }

    @Transactional
    @PreAuthorize(Access.ADMIN)
    public AccountSummary create(NewAccount account) {
        if (account.role() == Role.LIBRARY) {
            // a library's account belongs to its library from the start: made on the library's page
            throw new ValidationFailedException(Violation.of("role", "accounts.error.libraryRoleOnLibraryPage"));
        }
        if (accounts.findByUsername(account.username()).isPresent()) {
            throw new ValidationFailedException(Violation.of("username", "error.usernameTaken", account.username()));
        }
        AccountSummary created = accounts.save(new AccountEntity(account.username(), account.displayName(),
                passwords.encode(account.password()), account.role(), clock.instant())).toSummary();
        audit.record("account.created", "account " + account.username(), "role " + account.role());
        return created;
    }

    @Transactional
    @PreAuthorize(Access.ADMIN)
    public AccountSummary update(long accountId, String displayName, Role role, boolean enabled) {
        AccountEntity account = account(accountId);
        boolean stopsBeingAdmin = account.role() == Role.ADMIN && account.enabled() && (role != Role.ADMIN || !enabled);
        if (stopsBeingAdmin && accounts.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
            throw ValidationFailedException.of("error.lastAdmin");
        }
        if (role == null) {
            throw new ValidationFailedException(Violation.of("role", "error.required"));
        }
        if ((role == Role.LIBRARY) != (account.role() == Role.LIBRARY)) {
            // a library's account stays bound to its library; other accounts never get bound to one here
            throw new ValidationFailedException(Violation.of("role", "accounts.error.libraryRoleFixed"));
        }
        account.setDisplayName(Rules.required(displayName, "displayName", Limits.TITLE));
        account.setRole(role);
        account.setEnabled(enabled);
        audit.record("account.updated", "account " + account.username(), "role " + role + (enabled ? "" : ", disabled"));
        return account.toSummary();
    }

    @Transactional
    @PreAuthorize(Access.ADMIN)
    public void resetPassword(long accountId, String password) {
        AccountEntity account = account(accountId);
        account.setPasswordHash(passwords.encode(NewAccount.checkPassword(password)));
        audit.record("account.password", "account " + account.username(), "password reset");
    }

    @Transactional
    @PreAuthorize(Access.ADMIN)
    public void delete(long accountId) {
        AccountEntity account = account(accountId);
        if (account.role() == Role.ADMIN && account.enabled() && accounts.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
            throw ValidationFailedException.of("error.lastAdmin");
        }
        audit.record("account.deleted", "account " + account.username(), null);
        accounts.delete(account);
    }

    private AccountEntity account(long accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
