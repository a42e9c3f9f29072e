package org.partnershipworkshop.proceedings;

import java.util.List;
import java.util.Optional;

/**
 * Where the proceedings get a meeting's dot-voting results from. The live facilitation feature
 * implements it; without an implementation, or without a vote, the proceedings have no voting section.
 */
public interface VoteResultsSource {

    /** The results of the meeting's vote, or empty when there was none. */
    Optional<VoteResults> results(long meetingId);

    /** Votes per table, most votes first. */
    record VoteResults(int votesPerTable, List<Tally> tallies) {

        public VoteResults {
            tallies = List.copyOf(tallies);
        }
    }

    /** The votes one table's service received. */
    record Tally(long groupId, int groupNumber, String groupName, int votes) {
    }
}
