package org.partnershipworkshop.library;

/**
 * What the registry's list shows: libraries whose texts hold every word of {@code text} (case, quotes and ё/е
 * do not matter), of a kind, a municipality (by name) and a region; archived ones only when asked for.
 * Every part may be null.
 */
public record LibraryFilter(String text, LibraryKind kind, String municipality, String region, boolean withArchived) {

    public static final LibraryFilter ALL = new LibraryFilter(null, null, null, null, false);
    public static final LibraryFilter EVERYTHING = new LibraryFilter(null, null, null, null, true);
}
