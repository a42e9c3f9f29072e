package org.partnershipworkshop.library;

import java.util.List;

/**
 * A library's page: the library, the one it belongs to (or null), its branches (archived ones too, marked),
 * and whether the caller may change the registry (a coordinator: facilitator and above).
 */
public record LibraryPage(LibraryDetails library, LibrarySummary parent, List<LibrarySummary> branches,
                          boolean editable) {
}
