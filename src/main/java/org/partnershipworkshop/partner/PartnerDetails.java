package org.partnershipworkshop.partner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.Rules;
import org.partnershipworkshop.canvas.PartnerNames;
import org.partnershipworkshop.canvas.PartnerType;

/**
 * What a manager records about a registry partner: its name, type (null: the type groups use most), region,
 * notes and other names (aliases). Aliases that repeat the name or each other (as partner names compare)
 * are dropped.
 */
public record PartnerDetails(String name, PartnerType type, String region, String notes, List<String> aliases) {

    public PartnerDetails {
        name = Rules.required(name == null ? null : name.strip(), "name", Limits.TEXT);
        region = Rules.optional(region == null ? null : region.strip(), "region", Limits.TEXT);
        notes = Rules.optional(notes == null ? null : notes.strip(), "notes", Limits.LONG_TEXT);
        List<String> stripped = aliases == null ? List.of() : aliases.stream().map(a -> a == null ? null : a.strip()).toList();
        List<String> checked = Rules.texts(stripped, "aliases", Limits.ENTRIES, Limits.TEXT);
        Set<String> seen = new HashSet<>(Set.of(PartnerNames.normalize(name)));
        List<String> distinct = new ArrayList<>();
        for (String alias : checked) {
            if (seen.add(PartnerNames.normalize(alias))) {
                distinct.add(alias);
            }
        }
        aliases = List.copyOf(distinct);
    }

    public static PartnerDetails named(String name) {
        return new PartnerDetails(name, null, null, null, List.of());
    }
}
