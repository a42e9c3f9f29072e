package org.partnershipworkshop.library;

import java.util.List;

/** What the registry's filters and forms can offer: the regions and the municipalities its libraries name. */
public record LibraryChoices(List<String> regions, List<String> municipalities) {
}
