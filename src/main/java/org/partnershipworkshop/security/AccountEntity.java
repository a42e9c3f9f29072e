package org.partnershipworkshop.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "account")
class AccountEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The library a LIBRARY account belongs to (a registry library's id); null for every other role. */
    @Column(name = "library_id")
    private Long libraryId;

    protected AccountEntity() {
    }

    AccountEntity(String username, String displayName, String passwordHash, Role role, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    /** A new account of a library, bound to it for good. */
    static AccountEntity ofLibrary(long libraryId, String username, String displayName, String passwordHash,
                                   Instant createdAt) {
        AccountEntity account = new AccountEntity(username, displayName, passwordHash, Role.LIBRARY, createdAt);
        account.libraryId = libraryId;
        return account;
    }

    AccountSummary toSummary() {
        return new AccountSummary(id, username, displayName, role, enabled, createdAt, libraryId);
    }

    Long id() {
        return id;
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    Role role() {
        return role;
    }

    boolean enabled() {
        return enabled;
    }

    Long libraryId() {
        return libraryId;
    }

    void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    void setRole(Role role) {
        this.role = role;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }
}
