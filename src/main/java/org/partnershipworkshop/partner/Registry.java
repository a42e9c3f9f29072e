package org.partnershipworkshop.partner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnershipworkshop.canvas.PartnerNames;

/**
 * The partner registry as last read from the database: every partner (merged ones too), which partner each
 * normalized canvas name links to, and the pairs a manager said are different. Immutable.
 */
final class Registry {

    static final Registry EMPTY = new Registry(List.of(), List.of(), List.of());

    /** A partner row: its details, version, and the partner it is merged into (null while active). */
    record Entry(long id, PartnerDetails details, Long mergedInto, long version) {

        String name() {
            return details.name();
        }

        boolean active() {
            return mergedInto == null;
        }
    }

    /** A normalized canvas name, the partner it links to and its spelling as first written. */
    record Name(String normalized, long partnerId, String spelling) {
    }

    private final Map<Long, Entry> partners = new LinkedHashMap<>();
    private final Map<String, Long> partnerByName = new HashMap<>();
    private final Map<Long, List<String>> spellings = new HashMap<>();
    private final Map<Long, List<Long>> mergedInto = new HashMap<>();
    private final Set<List<Long>> distinctPairs = new HashSet<>();

    Registry(Collection<Entry> partners, Collection<Name> names, Collection<long[]> distinct) {
        partners.forEach(p -> this.partners.put(p.id(), p));
        for (Name n : names) {
            partnerByName.put(n.normalized(), n.partnerId());
            spellings.computeIfAbsent(n.partnerId(), id -> new ArrayList<>()).add(n.spelling());
        }
        partners.stream().filter(p -> !p.active())
                .forEach(p -> mergedInto.computeIfAbsent(p.mergedInto(), id -> new ArrayList<>()).add(p.id()));
        distinct.forEach(pair -> distinctPairs.add(pairKey(pair[0], pair[1])));
    }

    Optional<Entry> find(long id) {
        return Optional.ofNullable(partners.get(id));
    }

    List<Entry> active() {
        return partners.values().stream().filter(Entry::active).toList();
    }

    boolean knows(String normalizedName) {
        return partnerByName.containsKey(normalizedName);
    }

    /** The active partner a canvas name links to (following merges), if the name is linked yet. */
    Optional<Entry> linkedPartner(String normalizedName) {
        Long id = partnerByName.get(normalizedName);
        Entry entry = id == null ? null : partners.get(id);
        for (int hops = 0; entry != null && !entry.active() && hops < partners.size(); hops++) {
            entry = partners.get(entry.mergedInto());
        }
        return Optional.ofNullable(entry);
    }

    /** The canvas spellings linked to a partner. */
    List<String> spellings(long partnerId) {
        return spellings.getOrDefault(partnerId, List.of());
    }

    /** Partners merged into this one (directly), oldest id first. */
    List<Entry> mergedInto(long partnerId) {
        return mergedInto.getOrDefault(partnerId, List.of()).stream().sorted().map(partners::get).toList();
    }

    /**
     * Every other name of a partner: those a manager recorded, other spellings linked to it, and the names
     * and aliases of the partners merged into it — each once, the partner's own name left out.
     */
    List<String> aliases(long partnerId) {
        Map<String, String> byKey = new LinkedHashMap<>();
        Entry entry = partners.get(partnerId);
        if (entry == null) {
            return List.of();
        }
        collectAliases(entry, byKey, new HashSet<>());
        byKey.remove(PartnerNames.normalize(entry.name()));
        return List.copyOf(byKey.values());
    }

    private void collectAliases(Entry entry, Map<String, String> byKey, Set<Long> visited) {
        if (!visited.add(entry.id())) {
            return;
        }
        entry.details().aliases().forEach(a -> byKey.putIfAbsent(PartnerNames.normalize(a), a));
        spellings(entry.id()).forEach(s -> byKey.putIfAbsent(PartnerNames.normalize(s), s));
        for (Entry merged : mergedInto(entry.id())) {
            byKey.putIfAbsent(PartnerNames.normalize(merged.name()), merged.name());
            collectAliases(merged, byKey, visited);
        }
    }

    boolean saidDistinct(long a, long b) {
        return distinctPairs.contains(pairKey(a, b));
    }

    private static List<Long> pairKey(long a, long b) {
        return List.of(Math.min(a, b), Math.max(a, b));
    }
}
