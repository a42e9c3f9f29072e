package org.partnershipworkshop.proceedings.pdf;

import java.util.List;
import org.partnershipworkshop.base.Ratings;

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

    /** How many answers gave a rating. */
    public long rated() {
        return Ratings.count(ratings);
    }

    /** The average rating, or null when nobody rated. */
    public Double average() {
        return Ratings.average(ratings);
    }
}
