package org.partnershipworkshop.base;

import java.util.List;

/** Ratings from 1 to n given as how many chose each mark: {@code counts.get(0)} people gave 1, and so on. */
public final class Ratings {

    private Ratings() {
    }

    /** How many gave a rating. */
    public static long count(List<Integer> counts) {
        return counts.stream().mapToLong(Integer::longValue).sum();
    }

    /** The average rating, or null when nobody rated. */
    public static Double average(List<Integer> counts) {
        long rated = count(counts);
        if (rated == 0) {
            return null;
        }
        long sum = 0;
        for (int i = 0; i < counts.size(); i++) {
            sum += (long) (i + 1) * counts.get(i);
        }
        return (double) sum / rated;
    }
}
