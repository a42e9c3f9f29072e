package org.partnershipworkshop.catalogue;

import java.util.List;

/** The values the catalogue's filters offer: regions, target groups and participants named in practices. */
public record CatalogueChoices(List<String> regions, List<String> targetGroups, List<String> partners) {

    public CatalogueChoices {
        regions = List.copyOf(regions);
        targetGroups = List.copyOf(targetGroups);
        partners = List.copyOf(partners);
    }
}
