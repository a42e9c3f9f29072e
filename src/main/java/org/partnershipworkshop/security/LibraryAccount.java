package org.partnershipworkshop.security;

import java.time.Instant;

/**
 * An account of a library as its library's page lists it: whether its holder has set a password through an
 * invitation yet, and until when the latest unused invitation link works (null when none does).
 */
public record LibraryAccount(AccountSummary account, boolean passwordSet, Instant invitationValidUntil) {
}
