package org.partnershipworkshop.partner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnershipworkshop.partner.NameLikeness.Form;
import org.partnershipworkshop.partner.NameLikeness.Likeness;

/**
 * Finds pairs of partners whose names (or aliases) look alike. Only partners sharing a word beginning or
 * initials are compared, so a registry of thousands stays quick.
 */
final class LikelyDuplicates {

    /** Two partners and how alike their names are; {@code first < second}. */
    record Pair(long first, long second, Likeness likeness) {
    }

    private LikelyDuplicates() {
    }

    /** Pairs among these partners (id → every name), most alike first. */
    static List<Pair> find(Map<Long, List<String>> namesByPartner) {
        Map<Long, List<Form>> forms = new HashMap<>();
        Map<String, List<Long>> byKey = new HashMap<>();
        namesByPartner.forEach((id, names) -> {
            List<Form> all = names.stream().flatMap(n -> NameLikeness.forms(n).stream()).distinct().toList();
            forms.put(id, all);
            NameLikeness.blockingKeys(all).forEach(k -> byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(id));
        });
        Set<List<Long>> compared = new HashSet<>();
        List<Pair> pairs = new ArrayList<>();
        for (List<Long> block : byKey.values()) {
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size(); j++) {
                    long a = Math.min(block.get(i), block.get(j));
                    long b = Math.max(block.get(i), block.get(j));
                    if (a != b && compared.add(List.of(a, b))) {
                        NameLikeness.compare(forms.get(a), forms.get(b)).ifPresent(l -> pairs.add(new Pair(a, b, l)));
                    }
                }
            }
        }
        pairs.sort(Comparator.comparingDouble((Pair p) -> p.likeness().score()).reversed()
                .thenComparingLong(Pair::first).thenComparingLong(Pair::second));
        return pairs;
    }
}
