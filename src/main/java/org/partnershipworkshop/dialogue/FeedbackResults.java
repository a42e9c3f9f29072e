package org.partnershipworkshop.dialogue;

import org.partnershipworkshop.survey.FormCode;

import java.util.List;
import org.partnershipworkshop.base.Ratings;

/**
 * What the answers of a meeting's form say: how many answered, how many chose each checklist line (in the
 * checklist's order), how many gave each rating 1–5, the average rating, and the comments (oldest first).
 */
public record FeedbackResults(long meetingId, boolean exists, boolean open, FormCode code, long answers,
                              List<ItemCount> items, List<Integer> ratings, List<String> comments) {

    /** A checklist line and how many answers chose it. */
    public record ItemCount(long id, String text, long count) {
    }

    public FeedbackResults {
        items = List.copyOf(items);
        ratings = List.copyOf(ratings);
        comments = List.copyOf(comments);
        if (ratings.size() != Answer.MAX_RATING) {
            throw new IllegalArgumentException("one count per rating 1–" + Answer.MAX_RATING);
        }
    }

    static FeedbackResults none(long meetingId) {
        return new FeedbackResults(meetingId, false, false, null, 0, List.of(), List.of(0, 0, 0, 0, 0), List.of());
    }

    /** How many answers gave a rating. */
    public long rated() {
        return Ratings.count(ratings);
    }

    /** The average rating, or null when nobody rated. */
    public Double average() {
        return Ratings.average(ratings);
    }

    /** The count of the most chosen line (at least 1, to scale bars). */
    public long mostChosen() {
        return Math.max(1, items.stream().mapToLong(ItemCount::count).max().orElse(0));
    }
}
