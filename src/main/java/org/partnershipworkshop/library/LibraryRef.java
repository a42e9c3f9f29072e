package org.partnershipworkshop.library;

/**
 * A library as other features refer to it: id and key, name, kind, the municipality it serves (by name; null
 * when the registry names none), its region, whether archived.
 */
public record LibraryRef(long id, String key, String name, LibraryKind kind, String municipality, String region,
                         boolean archived) {
}
