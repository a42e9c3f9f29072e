package org.partnershipworkshop.partner;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a ranking of partners is sorted (API {@code sort=…}). */
public enum RankingOrder {
    DEGREE, BETWEENNESS;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RankingOrder> fromId(String id) {
        return Arrays.stream(values()).filter(o -> o.id().equals(id == null ? "" : id.toLowerCase(Locale.ROOT))).findFirst();
    }
}
