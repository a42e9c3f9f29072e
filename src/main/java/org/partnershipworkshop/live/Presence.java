package org.partnershipworkshop.live;

import java.util.Map;

/** Which tables have a laptop connected now: group id → number of open table screens. */
public record Presence(Map<Long, Integer> laptops) {

    public Presence {
        laptops = Map.copyOf(laptops);
    }

    public int laptops(long groupId) {
        return laptops.getOrDefault(groupId, 0);
    }
}
