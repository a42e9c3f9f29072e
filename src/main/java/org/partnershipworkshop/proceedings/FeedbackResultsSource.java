package org.partnershipworkshop.proceedings;

import java.util.List;
import java.util.Optional;

/**
 * Where the proceedings get the answers of a meeting's feedback form from. The quality dialogue feature
 * implements it; without an implementation, or without answers, the feedback part shows only what the
 * meeting records as feedback.
 */
public interface FeedbackResultsSource {

    /** The form's results, or empty when the meeting has no form or nobody answered it. */
    Optional<FormResults> results(long meetingId);

    /** How many answered; each checklist line with how many chose it; how many gave each rating 1–5; the comments. */
    record FormResults(long answers, List<ItemCount> items, List<Integer> ratings, List<String> comments) {

        public FormResults {
            items = List.copyOf(items);
            ratings = List.copyOf(ratings);
            comments = List.copyOf(comments);
        }
    }

    record ItemCount(String text, long count) {
    }
}
