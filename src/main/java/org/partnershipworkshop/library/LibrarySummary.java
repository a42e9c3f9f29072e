package org.partnershipworkshop.library;

/**
 * A library as lists show it: its facts, the name of the library it belongs to, whether it is archived and how
 * many branches (libraries belonging to it) are not.
 */
public record LibrarySummary(long id, LibraryFacts facts, String parentName, boolean archived, int branches) {

    public String name() {
        return facts.name();
    }

    public String key() {
        return facts.key();
    }
}
