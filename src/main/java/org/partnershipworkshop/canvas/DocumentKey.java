package org.partnershipworkshop.canvas;

import java.util.regex.Pattern;

/**
 * Which stored document: whose it is (the owner's kind and id, e.g. {@code group} 12 or {@code practice} 7)
 * and which of the owner's documents ({@code canvas}, {@code passport}, {@code project-card}). The owner
 * feature chooses its kind and sheet names; they are stored as written, so they never change once used.
 */
public record DocumentKey(String ownerKind, long ownerId, String sheet) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    public DocumentKey {
        if (ownerKind == null || !NAME.matcher(ownerKind).matches()) {
            throw new IllegalArgumentException("owner kind \"" + ownerKind + "\" is not a short lower-case name");
        }
        if (sheet == null || !NAME.matcher(sheet).matches()) {
            throw new IllegalArgumentException("sheet \"" + sheet + "\" is not a short lower-case name");
        }
    }

    @Override
    public String toString() {
        return ownerKind + " " + ownerId + " " + sheet;
    }
}
