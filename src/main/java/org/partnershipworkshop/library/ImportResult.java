package org.partnershipworkshop.library;

/** What an import did: libraries added, libraries whose facts changed, libraries the file confirmed as they were. */
public record ImportResult(int created, int updated, int unchanged) {
}
