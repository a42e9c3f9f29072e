package org.partnershipworkshop.proceedings.pdf;

import java.util.List;

/**
 * The answers of the meeting's feedback form as the proceedings print them: how many answered, each
 * checklist line with its count (in the checklist's order), the count of each rating 1–5, the comments.
 */
public record FormFeedback(long answers, List<Line> lines, List<Integer> ratings, List<String> comments) {

    public record Line(String text, long count) {
    }

    public FormFeedback {
        lines = List.copyOf(lines);
        ratings = List.copyOf(ratings);
        comments = List.copyOf(comments);
    }

    public long rated() {
        return ratings.stream().mapToLong(Integer::longValue).sum();
    }

    /** The average rating, or null when nobody rated. */
    public Double average() {
        long rated = rated();
        if (rated == 0) {
            return null;
        }
        long sum = 0;
        for (int i = 0; i < ratings.size(); i++) {
            sum += (long) (i + 1) * ratings.get(i);
        }
        return (double) sum / rated;
    }
}
